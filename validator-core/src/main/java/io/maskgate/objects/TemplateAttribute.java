package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Template columns keep the template's Type, Unit and Feature class. */
@RuleInfo(code = "OBJECTS_TEMPLATE_ATTRIBUTE", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "A template column (Source file ... Z) must keep the template's Type, Unit and Feature class.",
        hint = "Copy the template's attributes: Source file, Mask name, Annotation tool text; Mask ID and Object type obo id; "
                + "Protocol for mask creation doi; X, Y, Z integer, unit pixel, class spatial; the others class mask "
                + "(Object type: ontology).")
public final class TemplateAttribute implements TableCheck {

    @Override
    public void header(TableContext t) {
        for (ColumnSpec c : t.header().columns()) {
            FeatureColumn tm = c.template();
            if (tm == null || c.index() == 1) {
                continue;
            }
            compare(t, c, ObjectsTemplate.KEY_TYPE, c.declared().type(), tm.type(), ObjectsTemplate.TYPES,
                    " (its values are checked as " + tm.type() + ")");
            compare(t, c, ObjectsTemplate.KEY_FEATURE_CLASS, c.declared().featureClass(), tm.featureClass(),
                    ObjectsTemplate.FEATURE_CLASSES, "");
            if (!tm.unit().isEmpty()) {
                compare(t, c, ObjectsTemplate.KEY_UNIT, c.declared().unit(), tm.unit(), ObjectsTemplate.UNITS, "");
            }
        }
    }

    /** Compares only values from the vocabulary: empty or unknown values are the attribute rules' to report. */
    private void compare(TableContext t, ColumnSpec c, String key, String declared, String expected,
                         java.util.List<String> vocabulary, String note) {
        long row = t.header().keyRow(key);
        if (row < 0 || !vocabulary.contains(declared) || declared.equals(expected)) {
            return;
        }
        t.report(this, row, c.index(), AttributeCheck.where(key, row, c) + " is '" + declared + "'; the template's is '"
                + expected + "'" + note);
    }
}
