package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** Every column with values has a unique, non-empty name in the column header row. */
@RuleInfo(code = "OBJECTS_COLUMN_NAME", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every column that holds values must have a unique, non-empty name in the column header row.",
        hint = "Name the column in the column header row or delete its values; column names must be unique "
                + "(pandas renames unnamed columns 'Unnamed: n' and shifts rows that are wider than the header).")
public final class ColumnName implements TableCheck {

    private final BitSet reported = new BitSet();

    @Override
    public void header(TableContext t) {
        TableHeader h = t.header();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 1; c <= h.width(); c++) {
            String name = h.name(c);
            if (name.isEmpty()) {
                t.report(this, h.columnHeaderRow(), c, "column " + io.maskgate.rules.Location.columnLetters(c)
                        + " has no name in the column header row " + h.columnHeaderRow());
                continue;
            }
            Integer previous = seen.putIfAbsent(ObjectsTemplate.normalise(name), c);
            if (previous != null) {
                t.report(this, h.columnHeaderRow(), c, CellText.quote(name) + " repeats the name of column "
                        + io.maskgate.rules.Location.columnLetters(previous) + " " + CellText.quote(h.name(previous)));
            }
        }
        for (TableRow r : h.blockRows()) {
            beyond(t, r);
        }
    }

    @Override
    public void row(TableContext t, TableRow row) {
        beyond(t, row);
    }

    /** Values right of the last named column: reported once per column, at their first cell. */
    private void beyond(TableContext t, TableRow row) {
        int width = t.header().width();
        int last = row.lastColumn();
        for (int c = width + 1; c <= last; c++) {
            if (!row.cell(c).isEmpty() && !reported.get(c)) {
                reported.set(c);
                t.report(this, row.number(), c, "column " + io.maskgate.rules.Location.columnLetters(c)
                        + " has values (first in row " + row.number() + ") but no name in the column header row "
                        + t.header().columnHeaderRow());
            }
        }
    }
}
