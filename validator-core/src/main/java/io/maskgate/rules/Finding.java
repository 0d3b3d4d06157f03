package io.maskgate.rules;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a dataset. A plain value: serialisable, so that a distributed engine can ship it.
 *
 * @param code     stable rule code, e.g. {@code ZARR_FILL_VALUE_RANGE}
 * @param file     path relative to the validation target, with {@code /} separators ({@code ""} = the target itself)
 * @param location the most precise position inside the file
 * @param hint     how to fix it; may be empty
 */
public record Finding(String code, Severity severity, Category category, String file, Location location,
                      String message, String hint) implements Serializable {

    /**
     * Deterministic report order: file, location, code, message; numbers in file paths and JSON pointers compare as
     * numbers ({@link NaturalOrder}), so trench 3 comes before trench 12.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file, NaturalOrder.INSTANCE)
            .thenComparing(Finding::location, Location.ORDER)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        file = file == null ? "" : file;
        location = location == null ? Location.NONE : location;
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(code, newSeverity, category, file, location, message, hint);
    }
}
