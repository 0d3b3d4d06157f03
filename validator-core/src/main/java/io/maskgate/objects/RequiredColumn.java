package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The template's required columns are present. */
@RuleInfo(code = "OBJECTS_REQUIRED_COLUMN", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "An objects table must have the columns Object ID, Source file, Mask name, Mask ID, "
                + "Protocol for mask creation (DOI), Annotation tool, X, Y and Z.",
        hint = "Add the missing column with a value in every row (see HuBMAP's objects template).")
public final class RequiredColumn implements TableCheck {

    @Override
    public void header(TableContext t) {
        TableHeader h = t.header();
        for (String name : ObjectsTemplate.REQUIRED_COLUMNS) {
            boolean present = name.equals(ObjectsTemplate.OBJECT_ID) ? h.idColumn() > 0 : h.column(name) != null;
            if (!present) {
                t.report(this, h.columnHeaderRow(), null, "required column '" + name + "' is missing from the column header row "
                        + h.columnHeaderRow());
            }
        }
    }
}
