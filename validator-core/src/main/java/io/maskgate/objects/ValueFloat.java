package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Cells of float columns are decimal numbers. */
@RuleInfo(code = "OBJECTS_VALUE_FLOAT", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Cells of float columns must be decimal numbers (e.g. 12.5, -3, 1.2e-3).",
        hint = "Write a number with a decimal point '.', or leave the cell empty for a missing value.")
public final class ValueFloat extends ColumnValueCheck {

    @Override
    boolean applies(ColumnSpec c) {
        return c.valueType() == ValueType.FLOAT;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (!ValueFormats.isFloat(value)) {
            String hint = value.matches("[+-]?[0-9]+,[0-9]+") ? "Write " + value.replace(',', '.')
                    + ": the decimal separator is a point." : "";
            t.report(this, row, c.index(), CellText.quote(value) + " in " + c.describe() + " is not a number", hint);
        }
    }
}
