package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A column of a HuBMAP TSV has no header (HuBMAP rejects empty column headers). */
@RuleInfo(code = "HUBMAP_TSV_EMPTY_HEADER", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Every column of a HuBMAP TSV must have a header.",
        hint = "Delete the column (often stray tabs at the end of the header line) or give it its field name.")
public final class EmptyHeader implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        for (int c = 0; c < table.header().size(); c++) {
            if (table.header().get(c).isBlank()) {
                sink.accept(finding(table.file(), Location.cell(1, c + 1), "column " + Location.columnLetters(c + 1)
                        + " of " + table.file() + " has an empty header"));
            }
        }
    }
}
