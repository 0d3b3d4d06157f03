package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.HashSet;
import java.util.Set;

/**
 * The checkpoint template names one checkpoint per epoch: it contains {@code {epoch}} and no other
 * replacement field, so Python's {@code template.format(epoch=e)} expands the epochs to distinct paths.
 * Parsed by hand because only this subset of Python's format syntax matters (doubled braces
 * as escapes, and plain fields).
 */
@RuleInfo(code = "STORE_CHECKPOINT_TEMPLATE", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "segmentation_model_checkpoint_template contains {epoch} (and no other replacement field), so"
                + " every hypothesis epoch expands to its own checkpoint path.",
        hint = "Write the template with an {epoch} placeholder, e.g. \".../models/run_epoch_{epoch}\".")
public final class CheckpointTemplate implements Rule, StoreCheck {

    private static final String FIELD = "{epoch}";

    @Override
    public void check(StoreModel store, FindingSink sink) {
        String template = store.checkpointTemplate;
        if (template == null) {
            return;
        }
        Location where = Location.pointer(Pointers.attribute("segmentation_model_checkpoint_template"));
        String problem = problem(template);
        if (problem != null) {
            sink.accept(finding(store.rootFile, where, "The checkpoint template \"" + template + "\" " + problem + "."));
            return;
        }
        int[] epochs = store.epochs();
        if (expand(template, 0) == null) {
            String consequence = epochs != null && epochs.length > 1
                    ? "all " + epochs.length + " epochs expand to the same path" : "the path does not depend on the epoch";
            sink.accept(finding(store.rootFile, where, "The checkpoint template \"" + template
                    + "\" has no {epoch} field: " + consequence + "."));
            return;
        }
        if (epochs == null) {
            return;
        }
        // Duplicate epochs are STORE_EPOCHS_SEQUENCE's finding, so only distinct epochs are expanded.
        Set<String> paths = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (int e : epochs) {
            if (seen.add(e) && !paths.add(expand(template, e))) {
                sink.accept(finding(store.rootFile, where, "The checkpoint template \"" + template
                        + "\" expands two epochs to the same path (epoch " + e + ")."));
                return;
            }
        }
    }

    /** Why the template cannot be expanded from an epoch alone, or null. */
    private static String problem(String template) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                i += 2;
            } else if (c == '}') {
                return "has an unmatched \"}\" (write \"}}\" for a literal brace)";
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    return "has an unclosed \"{\" (write \"{{\" for a literal brace)";
                }
                String field = template.substring(i, end + 1);
                if (!FIELD.equals(field)) {
                    return "has the replacement field " + field + ", which cannot be filled from an epoch; only {epoch} is allowed";
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return null;
    }

    /** The template with every {epoch} field replaced; null when it has none. Assumes {@link #problem} is null. */
    private static String expand(String template, int epoch) {
        StringBuilder sb = new StringBuilder(template.length() + 8);
        boolean any = false;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                sb.append(c);
                i += 2;
            } else if (template.startsWith(FIELD, i)) {
                sb.append(epoch);
                any = true;
                i += FIELD.length();
            } else {
                sb.append(c);
                i++;
            }
        }
        return any ? sb.toString() : null;
    }
}
