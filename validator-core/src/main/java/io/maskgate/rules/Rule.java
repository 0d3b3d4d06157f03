package io.maskgate.rules;

/**
 * A rule: a small class annotated with {@link RuleInfo}. Implementations add the check method of
 * their area (for example a Zarr metadata check or a per-frame label check); this interface only
 * gives every rule a way to build findings carrying its own metadata.
 *
 * <p>The rule contract: an area registers each rule once, in its {@link RuleList}, and a test fails
 * for a {@code @RuleInfo} class missing from the catalogue. A finding is raised one way, through its
 * rule's metadata: {@link RuleMeta#finding}. A rule's own code calls {@link #finding} (that call on
 * {@link #meta()}); code that raises a rule it does not run (a reader, a parser, the engine) calls it on
 * {@code RuleMeta.of(TheRule.class)}, or on a {@code RuleMeta} it was handed. Nothing else builds a
 * {@link Finding}, apart from re-classifying one ({@link Finding#withSeverity}) and reading spilled ones back.
 */
public interface Rule {

    /** The metadata declared on this rule's class. */
    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }

    /** A finding of this rule with its default severity and hint. */
    default Finding finding(String file, Location location, String message) {
        return meta().finding(file, location, message);
    }

    /** A finding of this rule with a specific hint. */
    default Finding finding(String file, Location location, String message, String hint) {
        return meta().finding(file, location, message, hint);
    }
}
