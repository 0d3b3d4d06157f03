package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every column has a Description. */
@RuleInfo(code = "OBJECTS_ATTRIBUTE_DESCRIPTION", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every feature column must have a Description (header row 4).",
        hint = "Describe what the column holds and how it was measured, in the Description row.")
public final class AttributeDescription extends AttributeCheck {

    @Override
    String key() {
        return ObjectsTemplate.KEY_DESCRIPTION;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (value.isEmpty()) {
            t.report(this, row, c.index(), where(key(), row, c) + " is empty");
        }
    }
}
