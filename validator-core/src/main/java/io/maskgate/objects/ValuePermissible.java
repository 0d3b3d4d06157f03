package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cells of columns with permissible values hold one of them. */
@RuleInfo(code = "OBJECTS_VALUE_PERMISSIBLE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Cells of a column with permissible values (header row 'Permissible values', and always Annotation tool: "
                + "Azimuth, STELLAR, FUSION, In-house, Manual, Not applicable) must hold one of them.",
        hint = "Use one of the column's permissible values, spelled exactly.")
public final class ValuePermissible extends ColumnValueCheck {

    /** Parsed once per column: the list is split from a header cell. */
    private final Map<Integer, List<String>> allowed = new HashMap<>();

    @Override
    boolean applies(ColumnSpec c) {
        List<String> values = c.permissible();
        if (values.isEmpty()) {
            return false;
        }
        allowed.put(c.index(), values);
        return true;
    }

    @Override
    void check(TableContext t, long row, ColumnSpec c, String value) {
        List<String> values = allowed.get(c.index());
        if (!values.contains(value)) {
            t.report(this, row, c.index(), CellText.quote(value) + " in " + c.describe()
                    + " is not a permissible value (" + String.join(", ", values) + ")", AttributeCheck.caseHint(value, values));
        }
    }
}
