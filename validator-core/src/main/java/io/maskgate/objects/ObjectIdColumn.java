package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Object ID is column A, the column that holds the header-block keys. */
@RuleInfo(code = "OBJECTS_OBJECT_ID_COLUMN", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Object ID must be column A: the column whose header-block cells hold the row keys, so that it carries no header attributes.",
        hint = "Move the Object ID column to column A (HuBMAP reads column A as the object index and the header-block keys).")
public final class ObjectIdColumn implements TableCheck {

    @Override
    public void header(TableContext t) {
        TableHeader h = t.header();
        if (h.idColumn() > 1) {
            String a = h.name(1).isEmpty() ? "column A has no name" : "column A is " + CellText.quote(h.name(1));
            t.report(this, h.columnHeaderRow(), h.idColumn(), "Object ID is column "
                    + io.maskgate.rules.Location.columnLetters(h.idColumn()) + "; " + a
                    + (h.hasBlock() ? " (the header-block cells above Object ID are ignored)" : ""));
        }
    }
}
