package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Map;

/** A column that is not a field of the template. */
@RuleInfo(code = "HUBMAP_FIELD_UNKNOWN", severity = Severity.WARNING, category = Category.HUBMAP_METADATA,
        summary = "Every column of a HuBMAP TSV should be a field of its template.",
        hint = "Remove the column, or put the information in a file under extras/.")
public final class FieldUnknown implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        Map<String, Integer> first = table.firstColumns();
        for (int c = 0; c < table.header().size(); c++) {
            String h = table.header().get(c);
            if (h.isBlank() || template.field(h).isPresent()
                    || (template.datasetTypeField() && TableTemplate.DATASET_TYPE_FIELDS.contains(h))
                    || first.get(h) != c) {
                continue;
            }
            sink.accept(finding(table.file(), Location.cell(1, c + 1), "column " + Location.columnLetters(c + 1) + " '" + h
                    + "' is not a field of the " + template.title() + " template; HuBMAP's validation rejects unknown fields"));
        }
    }
}
