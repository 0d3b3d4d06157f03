package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A table has data rows. */
@RuleInfo(code = "OBJECTS_TABLE_EMPTY", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "An objects table should have at least one data row below the column header row.",
        hint = "Add one row per object of the mask, or remove the mask and its table if it has no objects.")
public final class TableEmpty implements TableCheck {

    @Override
    public void end(TableContext t) {
        if (t.complete() && t.dataRows() == 0) {
            t.report(finding(t.relFile(), io.maskgate.rules.Location.NONE, "the table has no data rows below the column header row "
                    + t.header().columnHeaderRow()));
        }
    }
}
