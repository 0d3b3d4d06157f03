package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A TSV with a header but no data rows (or nothing at all). */
@RuleInfo(code = "HUBMAP_TSV_NO_ROWS", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "A HuBMAP TSV must have a header row and at least one data row.",
        hint = "Fill in one row per dataset (metadata) or per person (contributors).")
public final class NoRows implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        if (!table.complete() || !table.rows().isEmpty()) {
            return;
        }
        sink.accept(finding(table.file(), table.header().isEmpty() ? Location.NONE : Location.cell(2, null),
                table.header().isEmpty() ? table.file() + " is empty" : table.file() + " has a header but no data rows"));
    }
}
