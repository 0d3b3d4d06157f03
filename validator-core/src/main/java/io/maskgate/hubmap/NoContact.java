package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Nobody in contributors.tsv is marked as the contact. */
@RuleInfo(code = "HUBMAP_NO_CONTACT", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "At least one contributor must have is_contact = Yes.",
        hint = "Set is_contact to Yes for the person HuBMAP should contact about the data.")
public final class NoContact implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        int col = table.column("is_contact");
        if (!TableTemplate.CONTRIBUTORS.equals(template) || col < 0 || table.rows().isEmpty() || !table.complete()) {
            return;
        }
        for (TsvTable.Row row : table.rows()) {
            if (row.get(col).equals("Yes")) {
                return;
            }
        }
        sink.accept(finding(table.file(), Location.cell(1, col + 1), "none of the " + table.rows().size()
                + " contributors has is_contact = Yes (column " + Location.columnLetters(col + 1) + ")"));
    }
}
