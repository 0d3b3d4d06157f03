package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Cells of integer columns are integers. */
@RuleInfo(code = "OBJECTS_VALUE_INTEGER", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Cells of integer columns (X, Y, Z and extra columns of Type integer) must be integers.",
        hint = "Write a whole number without decimal point, e.g. 12.")
public final class ValueInteger extends ColumnValueCheck {

    @Override
    boolean applies(ColumnSpec c) {
        return c.valueType() == ValueType.INTEGER;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (!ValueFormats.isInteger(value)) {
            String hint = value.matches("[+-]?[0-9]+\\.0+") ? "Write " + value.substring(0, value.indexOf('.'))
                    + " without the decimal part." : "";
            t.report(this, row, c.index(), CellText.quote(value) + " in " + c.describe() + " is not an integer", hint);
        }
    }
}
