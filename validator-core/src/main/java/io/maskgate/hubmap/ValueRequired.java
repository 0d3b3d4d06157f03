package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A required field is blank in a row. */
@RuleInfo(code = "HUBMAP_VALUE_REQUIRED", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Every required field of a HuBMAP TSV must have a value in every row.",
        hint = "Fill in the cell.")
public final class ValueRequired implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        for (FieldSpec f : template.fields()) {
            int col = table.column(f.name());
            if (!f.required() || col < 0) {
                continue;
            }
            for (TsvTable.Row row : table.rows()) {
                if (row.get(col).isBlank()) {
                    sink.accept(finding(table.file(), Location.cell(row.row(), col + 1), "'" + f.name()
                            + "' is required but cell " + Location.columnLetters(col + 1) + row.row() + " is empty"));
                }
            }
        }
    }
}
