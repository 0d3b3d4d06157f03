package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A column's protocol DOI, when given, is a bare DOI. */
@RuleInfo(code = "OBJECTS_ATTRIBUTE_DOI", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "A column's 'Protocol used to derive this feature value (DOI)' must be empty or a bare DOI (10.xxxx/...).",
        hint = "Write a bare DOI such as 10.17504/protocols.io.abc123 (no https://doi.org/ prefix).")
public final class AttributeDoi extends AttributeCheck {

    @Override
    String key() {
        return ObjectsTemplate.KEY_PROTOCOL;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        if (!value.isEmpty() && !ValueFormats.isDoi(value)) {
            t.report(this, row, c.index(), "the protocol DOI of " + c.describe() + " is " + CellText.quote(value)
                    + ", not a bare DOI", ValueFormats.doiHint(value));
        }
    }
}
