package io.maskgate.objects;

import io.maskgate.rules.Rule;

/**
 * A rule over one objects table. {@link ObjectsTableChecker} makes a fresh instance per table,
 * calls {@link #header} once the column header row is known, {@link #row} for every non-blank data
 * row, {@link #blank} for blank rows after the column header row, and {@link #end} at the end.
 */
interface TableCheck extends Rule {

    default void header(TableContext t) {
    }

    default void row(TableContext t, TableRow row) {
    }

    default void blank(TableContext t, long row) {
    }

    default void end(TableContext t) {
    }
}
