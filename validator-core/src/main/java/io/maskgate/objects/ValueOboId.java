package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Cells of obo id columns are OBO ids (prefix, colon, digits). */
@RuleInfo(code = "OBJECTS_VALUE_OBO_ID", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Cells of obo id columns (Mask ID, Object type, ...) must be OBO ids: ^[A-Za-z]+:[0-9]{7}$ as HuBMAP checks them.",
        hint = "Write an OBO id such as CL:0000236 (prefix, colon, seven digits).")
public final class ValueOboId extends ColumnValueCheck {

    @Override
    boolean applies(ColumnSpec c) {
        return c.valueType() == ValueType.OBO_ID;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (!ValueFormats.OBO_ID.matcher(value).matches() && !ValueFormats.OBO_ID_SHORT.matcher(value).matches()) {
            t.report(this, row, c.index(), CellText.quote(value) + " in " + c.describe() + " is not an OBO id",
                    ValueFormats.oboHint(value));
        }
    }
}
