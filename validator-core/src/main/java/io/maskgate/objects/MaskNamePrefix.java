package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Mask name matches the table's file-name prefix. */
@RuleInfo(code = "OBJECTS_MASK_NAME_PREFIX", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "Every Mask name in <mask>-objects.* should be <mask>: one objects table per mask, named after it.",
        hint = "Put each mask's objects in its own table <mask name>-objects.tsv (or .xlsx).")
public final class MaskNamePrefix implements TableCheck {

    private final DistinctValues values = new DistinctValues();
    private int column;

    @Override
    public void header(TableContext t) {
        ColumnSpec c = t.header().column(ObjectsTemplate.MASK_NAME);
        column = c == null || t.prefix() == null ? 0 : c.index();
    }

    @Override
    public void row(TableContext t, TableRow row) {
        if (column == 0) {
            return;
        }
        String v = row.cell(column);
        if (!v.isEmpty() && !v.equalsIgnoreCase(t.prefix()) && values.firstTime(v)) {
            t.report(this, row.number(), column, "Mask name " + CellText.quote(v) + " differs from the mask name '"
                    + t.prefix() + "' in the table's file name");
        }
    }
}
