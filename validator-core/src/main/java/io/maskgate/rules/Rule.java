package io.maskgate.rules;

/**
 * A rule: a small class annotated with {@link RuleInfo}. Implementations add the check method of
 * their area (for example a Zarr metadata check or a per-frame label check); this interface only
 * gives every rule a way to build findings carrying its own metadata.
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
