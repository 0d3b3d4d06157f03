package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Well-formed ontology ids with fewer than seven digits, which HuBMAP's pattern rejects. */
@RuleInfo(code = "OBJECTS_VALUE_OBO_ID_SHORT", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "An ontology id with fewer than seven digits (e.g. CHEBI:15377, NCBITaxon:9606) is valid but fails "
                + "HuBMAP's pattern ^[A-Za-z]+:[0-9]{7}$.",
        hint = "Keep the id as the ontology writes it (zero-padding makes it a different id); expect HuBMAP's spreadsheet "
                + "validator to reject it and ask HuBMAP help if that blocks the submission.")
public final class ValueOboIdShort extends ColumnValueCheck {

    @Override
    boolean applies(ColumnSpec c) {
        return c.valueType() == ValueType.OBO_ID;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (ValueFormats.OBO_ID_SHORT.matcher(value).matches()) {
            int digits = value.length() - value.indexOf(':') - 1;
            t.report(this, row, c.index(), CellText.quote(value) + " in " + c.describe() + " is a well-formed id with "
                    + digits + " digit" + (digits == 1 ? "" : "s") + ", but HuBMAP's validator accepts only seven");
        }
    }
}
