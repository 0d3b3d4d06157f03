package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Template columns are spelled as the template spells them. */
@RuleInfo(code = "OBJECTS_COLUMN_NAME_SPELLING", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "Template columns must be spelled exactly as in HuBMAP's template (e.g. 'X', not 'x'; 'Mask name', not 'mask_name').",
        hint = "Use the template's spelling: Object ID, Source file, Mask name, Mask ID, Protocol for mask creation (DOI), "
                + "Annotation tool, Object type, X, Y, Z. maskgate matched the column ignoring case and spacing.")
public final class ColumnNameSpelling implements TableCheck {

    @Override
    public void header(TableContext t) {
        TableHeader h = t.header();
        if (h.idColumn() > 0 && !h.name(h.idColumn()).equals(ObjectsTemplate.OBJECT_ID)) {
            report(t, h.idColumn(), h.name(h.idColumn()), ObjectsTemplate.OBJECT_ID);
        }
        for (ColumnSpec c : h.columns()) {
            if (c.template() != null && !c.name().equals(c.template().name())) {
                report(t, c.index(), c.name(), c.template().name());
            }
        }
    }

    private void report(TableContext t, int column, String name, String template) {
        t.report(this, t.header().columnHeaderRow(), column, CellText.quote(name) + " is read as the template column '"
                + template + "'; write it exactly '" + template + "'");
    }
}
