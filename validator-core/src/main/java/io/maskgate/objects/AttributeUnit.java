package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A column's Unit, when given, is one of the template's units. */
@RuleInfo(code = "OBJECTS_ATTRIBUTE_UNIT", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "A column's Unit (header row 2) must be empty or one of: pixel, intensity, count, square micrometer.",
        hint = "Write one of: pixel, intensity, count, square micrometer, or leave the cell empty.")
public final class AttributeUnit extends AttributeCheck {

    @Override
    String key() {
        return ObjectsTemplate.KEY_UNIT;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (!value.isEmpty() && !ObjectsTemplate.UNITS.contains(value)) {
            t.report(this, row, c.index(), where(key(), row, c) + " is " + CellText.quote(value) + ", not one of: "
                    + String.join(", ", ObjectsTemplate.UNITS), caseHint(value, ObjectsTemplate.UNITS));
        }
    }
}
