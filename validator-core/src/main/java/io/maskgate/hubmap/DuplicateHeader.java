package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.HashMap;
import java.util.Map;

/** Two columns of a HuBMAP TSV have the same header. */
@RuleInfo(code = "HUBMAP_TSV_DUPLICATE_HEADER", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "No two columns of a HuBMAP TSV may have the same header.",
        hint = "Delete one of the two columns.")
public final class DuplicateHeader implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        Map<String, Integer> firstColumn = new HashMap<>(); // indexOf per column was quadratic in the width
        for (int c = 0; c < table.header().size(); c++) {
            String h = table.header().get(c);
            Integer earlier = firstColumn.putIfAbsent(h, c);
            int first = earlier == null ? c : earlier;
            if (!h.isBlank() && first != c) {
                sink.accept(finding(table.file(), Location.cell(1, c + 1), "column " + Location.columnLetters(c + 1)
                        + " repeats the header '" + h + "' of column " + Location.columnLetters(first + 1)
                        + "; only the first is read"));
            }
        }
    }
}
