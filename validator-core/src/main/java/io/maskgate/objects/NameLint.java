package io.maskgate.objects;

import io.maskgate.rules.Location;

/**
 * Shared kernel of {@link NameDigits} and {@link NameCase}: checks the table's file-name prefix once
 * and each distinct Mask name that differs from it, at its first row.
 */
abstract class NameLint implements TableCheck {

    private final DistinctValues values = new DistinctValues();
    private int column;

    /** The reason {@code name} is a problem, or null when it is fine. */
    abstract String problem(String name);

    @Override
    public void header(TableContext t) {
        ColumnSpec c = t.header().column(ObjectsTemplate.MASK_NAME);
        column = c == null ? 0 : c.index();
        String prefix = t.prefix();
        if (prefix != null) {
            String p = problem(prefix);
            if (p != null) {
                t.report(finding(t.relFile(), Location.NONE, "the mask name '" + prefix + "' in the file name " + p));
            }
        }
    }

    @Override
    public void row(TableContext t, TableRow row) {
        if (column == 0) {
            return;
        }
        String v = row.cell(column);
        if (v.isEmpty() || v.equals(t.prefix()) || !values.firstTime(v)) {
            return;
        }
        String p = problem(v);
        if (p != null) {
            t.report(this, row.number(), column, "Mask name " + CellText.quote(v) + " " + p);
        }
    }
}
