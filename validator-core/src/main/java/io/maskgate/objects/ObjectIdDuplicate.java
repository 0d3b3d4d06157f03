package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Object IDs are unique within a table. */
@RuleInfo(code = "OBJECTS_OBJECT_ID_DUPLICATE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Object IDs must be unique within an objects table.",
        hint = "Give every object its own ID (its label in the mask). HuBMAP's converter stops on duplicate Object IDs "
                + "after the submission was accepted.")
public final class ObjectIdDuplicate implements TableCheck {

    @Override
    public void row(TableContext t, TableRow row) {
        int c = t.header().idColumn();
        if (c == 0) {
            return;
        }
        Long id = ValueFormats.parseLong(row.cell(c));
        if (id == null || id <= 0) {
            return;
        }
        long first = t.objectIds().putIfAbsent(id, row.number());
        if (first != Long.MIN_VALUE) {
            t.report(this, row.number(), c, "Object ID " + id + " repeats row " + first);
        }
    }
}
