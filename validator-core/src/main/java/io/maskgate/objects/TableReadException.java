package io.maskgate.objects;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;

/** A table that cannot be read further; becomes one finding of {@code rule}. */
final class TableReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Class<? extends Rule> rule;
    private final Location location;
    private final String hint;

    TableReadException(Class<? extends Rule> rule, Location location, String message, String hint, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.location = location;
        this.hint = hint;
    }

    Finding toFinding(String file) {
        return RuleMeta.of(rule).finding(file, location, getMessage(), hint);
    }
}
