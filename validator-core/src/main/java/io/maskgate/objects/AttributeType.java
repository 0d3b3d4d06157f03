package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every column's Type is one of the template's types. */
@RuleInfo(code = "OBJECTS_ATTRIBUTE_TYPE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every column's Type (header row 1) must be one of: text, integer, float, doi, boolean, obo id.",
        hint = "Write one of: text, integer, float, doi, boolean, obo id (lower case).")
public final class AttributeType extends AttributeCheck {

    @Override
    String key() {
        return ObjectsTemplate.KEY_TYPE;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (value.isEmpty()) {
            t.report(this, row, c.index(), where(key(), row, c) + " is empty");
        } else if (!ObjectsTemplate.TYPES.contains(value)) {
            t.report(this, row, c.index(), where(key(), row, c) + " is " + CellText.quote(value) + ", not one of: "
                    + String.join(", ", ObjectsTemplate.TYPES), caseHint(value, ObjectsTemplate.TYPES));
        }
    }
}
