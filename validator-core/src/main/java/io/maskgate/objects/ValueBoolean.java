package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Cells of boolean columns are TRUE or FALSE. */
@RuleInfo(code = "OBJECTS_VALUE_BOOLEAN", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Cells of boolean columns must be TRUE or FALSE.",
        hint = "Write TRUE or FALSE (any case).")
public final class ValueBoolean extends ColumnValueCheck {

    @Override
    boolean applies(ColumnSpec c) {
        return c.valueType() == ValueType.BOOLEAN;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (!ValueFormats.isBoolean(value)) {
            t.report(this, row, c.index(), CellText.quote(value) + " in " + c.describe() + " is not TRUE or FALSE");
        }
    }
}
