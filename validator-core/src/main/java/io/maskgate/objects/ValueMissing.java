package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.ArrayList;
import java.util.List;

/** No empty cells in Object ID, required columns and integer columns. */
@RuleInfo(code = "OBJECTS_VALUE_MISSING", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Cells of Object ID, of REQUIRED columns and of integer columns must not be empty.",
        hint = "Fill the cell: every row needs an Object ID and a value in each REQUIRED column.")
public final class ValueMissing implements TableCheck {

    private int[] columns = new int[0];
    private String[] reasons = new String[0];
    private String[] hints = new String[0];

    @Override
    public void header(TableContext t) {
        List<Integer> cols = new ArrayList<>();
        List<String> why = new ArrayList<>();
        List<String> advice = new ArrayList<>();
        if (t.header().idColumn() > 0) {
            cols.add(t.header().idColumn());
            why.add("the Object ID column");
            advice.add("");
        }
        for (ColumnSpec c : t.header().columns()) {
            if (c.required() || c.valueType() == ValueType.INTEGER) {
                cols.add(c.index());
                why.add((c.required() ? "required " : "integer ") + c.describe());
                advice.add(c.valueType() == ValueType.INTEGER ? "Fill the cell: HuBMAP's pipeline converts integer columns to "
                        + "integers and fails on an empty cell, after the submission was accepted." : "");
            }
        }
        columns = cols.stream().mapToInt(Integer::intValue).toArray();
        reasons = why.toArray(new String[0]);
        hints = advice.toArray(new String[0]);
    }

    @Override
    public void row(TableContext t, TableRow row) {
        for (int i = 0; i < columns.length; i++) {
            if (row.cell(columns[i]).isEmpty()) {
                t.report(this, row.number(), columns[i], "empty cell in " + reasons[i], hints[i]);
            }
        }
    }
}
