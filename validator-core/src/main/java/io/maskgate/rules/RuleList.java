package io.maskgate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An area's rules, each registered once, by its constructor, in the order the area runs them.
 *
 * <p>The registration is the single list: the area's {@link RuleSet} (and so the catalogue) is
 * derived from it, and so is every run list, as the registered rules of one check type
 * ({@link #fresh(Class)}). A rule that no check loop runs, such as one a reader raises, is
 * registered the same way and simply matches no check type. So a rule cannot be catalogued but
 * never run, or run but missing from {@code maskgate rules}.
 *
 * <pre>
 * private static final RuleList RULES = RuleList.of(TsvSyntax::new, EmptyHeader::new, NoRows::new);
 * public List&lt;Class&lt;? extends Rule&gt;&gt; rules() { return RULES.classes(); }     // the catalogue's view
 * static List&lt;TableCheck&gt; tableChecks() { return RULES.fresh(TableCheck.class); } // a run list
 * </pre>
 */
public final class RuleList {

    private final List<Supplier<? extends Rule>> constructors;
    private final List<Class<? extends Rule>> classes;

    private RuleList(List<Supplier<? extends Rule>> constructors) {
        this.constructors = List.copyOf(constructors);
        List<Class<? extends Rule>> found = new ArrayList<>(constructors.size());
        for (Supplier<? extends Rule> c : this.constructors) {
            Class<? extends Rule> type = c.get().getClass();
            if (found.contains(type)) {
                throw new IllegalStateException(type.getName() + " is registered twice");
            }
            found.add(type);
        }
        this.classes = List.copyOf(found);
    }

    /** The rules made by {@code constructors}, in run order; each rule class at most once. */
    @SafeVarargs
    @SuppressWarnings("varargs") // List.of copies the array and nothing writes into it
    public static RuleList of(Supplier<? extends Rule>... constructors) {
        return new RuleList(List.of(constructors));
    }

    /** Every registered rule class, in registration order. */
    public List<Class<? extends Rule>> classes() {
        return classes;
    }

    /**
     * New instances of the registered rules that are a {@code checkType}, in registration order.
     * Fresh on every call, so rules may keep state for one run (one table, one file).
     */
    public <C> List<C> fresh(Class<C> checkType) {
        List<C> out = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            if (checkType.isAssignableFrom(classes.get(i))) {
                out.add(checkType.cast(constructors.get(i).get()));
            }
        }
        return List.copyOf(out);
    }
}
