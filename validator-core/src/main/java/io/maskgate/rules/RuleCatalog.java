package io.maskgate.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules of the given rule sets, sorted by code; the engine's composition root lists every area's set. */
public final class RuleCatalog {

    private final List<RuleMeta> rules;

    /** A catalogue of the given sets; fails when two rules share a code. */
    public RuleCatalog(List<RuleSet> sets) {
        List<RuleMeta> all = new ArrayList<>();
        Map<String, Class<?>> seen = new HashMap<>();
        for (RuleSet set : sets) {
            for (Class<? extends Rule> ruleClass : set.rules()) {
                RuleMeta meta = RuleMeta.of(ruleClass);
                Class<?> previous = seen.put(meta.code(), ruleClass);
                if (previous != null) {
                    throw new IllegalStateException("rule code " + meta.code() + " is declared by both "
                            + previous.getName() + " and " + ruleClass.getName());
                }
                all.add(meta);
            }
        }
        all.sort(Comparator.comparing(RuleMeta::code));
        this.rules = List.copyOf(all);
    }

    public List<RuleMeta> all() {
        return rules;
    }

    public Optional<RuleMeta> byCode(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
