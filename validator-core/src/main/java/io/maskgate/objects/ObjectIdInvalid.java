package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Object IDs are positive integers. */
@RuleInfo(code = "OBJECTS_OBJECT_ID_INVALID", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every Object ID must be a positive integer: the object's pixel label in the mask (0 is background).",
        hint = "Use the object's label in the mask channel as its Object ID (1, 2, 3, ...).")
public final class ObjectIdInvalid implements TableCheck {

    @Override
    public void row(TableContext t, TableRow row) {
        int c = t.header().idColumn();
        if (c == 0) {
            return;
        }
        String v = row.cell(c);
        if (v.isEmpty()) {
            return;
        }
        Long id = ValueFormats.parseLong(v);
        if (id == null) {
            t.report(this, row.number(), c, "Object ID " + CellText.quote(v) + " is not "
                    + (ValueFormats.isInteger(v) ? "a 64-bit integer" : "an integer"));
        } else if (id <= 0) {
            t.report(this, row.number(), c, "Object ID " + id + (id == 0 ? " is the background label" : " is negative")
                    + "; Object IDs start at 1");
        }
    }
}
