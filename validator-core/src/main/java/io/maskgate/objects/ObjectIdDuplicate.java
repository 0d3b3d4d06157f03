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
        t.objectIds().add(id, row.number());
    }

    /** Repeats are found once the table is read (sorting beats a map of millions of IDs), reported in row order. */
    @Override
    public void end(TableContext t) {
        int c = t.header().idColumn();
        t.objectIds().finish((row, id, first) -> t.report(this, row, c, "Object ID " + id + " repeats row " + first));
    }
}
