package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** No blank rows between data rows. */
@RuleInfo(code = "OBJECTS_BLANK_ROW", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "Data rows must follow each other without blank rows.",
        hint = "Delete the blank rows: some readers stop at the first blank row, others skip it, so row numbers disagree.")
public final class BlankRow implements TableCheck {

    private long first;
    private long count;

    @Override
    public void blank(TableContext t, long row) {
        if (count++ == 0) {
            first = row;
        }
    }

    @Override
    public void row(TableContext t, TableRow row) {
        if (count > 0) {
            t.report(this, first, null, count == 1 ? "row " + first + " is blank between data rows"
                    : "rows " + first + "–" + (first + count - 1) + " are blank between data rows");
            count = 0;
        }
    }
}
