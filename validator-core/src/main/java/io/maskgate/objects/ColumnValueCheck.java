package io.maskgate.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of the rules that look at the non-empty cells of some columns: {@link #applies} picks the
 * columns once per table, {@link #check} sees each non-empty cell of them.
 */
abstract class ColumnValueCheck implements TableCheck {

    private ColumnSpec[] columns = new ColumnSpec[0];

    /** True when this rule checks the values of {@code column}. */
    abstract boolean applies(ColumnSpec column);

    /** Checks one non-empty cell. */
    abstract void check(TableContext t, long row, ColumnSpec column, String value);

    @Override
    public void header(TableContext t) {
        List<ColumnSpec> chosen = new ArrayList<>();
        for (ColumnSpec c : t.header().columns()) {
            if (applies(c)) {
                chosen.add(c);
            }
        }
        columns = chosen.toArray(new ColumnSpec[0]);
    }

    @Override
    public void row(TableContext t, TableRow row) {
        for (ColumnSpec c : columns) {
            String v = row.cell(c.index());
            if (!v.isEmpty()) {
                check(t, row.number(), c, v);
            }
        }
    }
}
