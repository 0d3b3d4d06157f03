package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every column's Feature class is one of the template's classes. */
@RuleInfo(code = "OBJECTS_ATTRIBUTE_FEATURE_CLASS", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every column's Feature class (header row 3) must be one of: gene, neighborhood, mask, spatial, "
                + "morphology, ontology, antibody, IMS.",
        hint = "Write one of: gene, neighborhood, mask, spatial, morphology, ontology, antibody, IMS; HuBMAP files "
                + "columns into its object data by this class.")
public final class AttributeFeatureClass extends AttributeCheck {

    @Override
    String key() {
        return ObjectsTemplate.KEY_FEATURE_CLASS;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (value.isEmpty()) {
            t.report(this, row, c.index(), where(key(), row, c) + " is empty");
        } else if (!ObjectsTemplate.FEATURE_CLASSES.contains(value)) {
            t.report(this, row, c.index(), where(key(), row, c) + " is " + CellText.quote(value) + ", not one of: "
                    + String.join(", ", ObjectsTemplate.FEATURE_CLASSES), caseHint(value, ObjectsTemplate.FEATURE_CLASSES));
        }
    }
}
