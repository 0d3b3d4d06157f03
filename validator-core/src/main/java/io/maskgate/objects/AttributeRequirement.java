package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every column's Requirement level is REQUIRED or OPTIONAL. */
@RuleInfo(code = "OBJECTS_ATTRIBUTE_REQUIREMENT", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every column's Requirement level (last header row) must be REQUIRED or OPTIONAL.",
        hint = "Write REQUIRED or OPTIONAL (upper case).")
public final class AttributeRequirement extends AttributeCheck {

    @Override
    String key() {
        return ObjectsTemplate.KEY_REQUIREMENT_LEVEL;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (value.isEmpty()) {
            t.report(this, row, c.index(), where(key(), row, c) + " is empty");
        } else if (!ObjectsTemplate.REQUIREMENT_LEVELS.contains(value)) {
            t.report(this, row, c.index(), where(key(), row, c) + " is " + CellText.quote(value)
                    + ", not REQUIRED or OPTIONAL", caseHint(value, ObjectsTemplate.REQUIREMENT_LEVELS));
        }
    }
}
