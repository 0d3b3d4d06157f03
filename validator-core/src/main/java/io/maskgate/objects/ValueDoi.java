package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Cells of doi columns are bare DOIs. */
@RuleInfo(code = "OBJECTS_VALUE_DOI", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Cells of doi columns (Protocol for mask creation (DOI), ...) must be bare DOIs: ^10\\.\\d{4,9}/[-._;()/:a-zA-Z0-9]+$.",
        hint = "Write a bare DOI such as 10.17504/protocols.io.abc123 (no https://doi.org/ prefix).")
public final class ValueDoi extends ColumnValueCheck {

    @Override
    boolean applies(ColumnSpec c) {
        return c.valueType() == ValueType.DOI;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (!ValueFormats.isDoi(value)) {
            t.report(this, row, c.index(), CellText.quote(value) + " in " + c.describe() + " is not a bare DOI",
                    ValueFormats.doiHint(value));
        }
    }
}
