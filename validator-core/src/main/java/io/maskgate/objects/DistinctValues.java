package io.maskgate.objects;

import java.util.HashSet;
import java.util.Set;

/**
 * Remembers values already seen so that a rule reports a bad value once, at its first row,
 * instead of once per row. Bounded: past {@value #LIMIT} distinct values every value counts as new
 * (the findings are then capped per column like any others).
 */
final class DistinctValues {

    static final int LIMIT = 1024;

    private final Set<String> seen = new HashSet<>();

    /** True the first time {@code value} is offered (and always once the limit is reached). */
    boolean firstTime(String value) {
        if (seen.size() >= LIMIT) {
            return !seen.contains(value);
        }
        return seen.add(value);
    }
}
