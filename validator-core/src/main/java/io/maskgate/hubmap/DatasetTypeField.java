package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A metadata TSV must name its dataset type in exactly one field. */
@RuleInfo(code = "HUBMAP_DATASET_TYPE_FIELD", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "A HuBMAP metadata TSV must have exactly one dataset-type field (derived_dataset_type for segmentation masks).",
        hint = "Keep the single column derived_dataset_type and delete dataset_type / assay_type.")
public final class DatasetTypeField implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        if (!template.datasetTypeField()) {
            return;
        }
        List<Integer> columns = new ArrayList<>();
        Map<String, Integer> first = table.firstColumns();
        for (int c = 0; c < table.header().size(); c++) {
            if (TableTemplate.DATASET_TYPE_FIELDS.contains(table.header().get(c)) && first.get(table.header().get(c)) == c) {
                columns.add(c);
            }
        }
        if (columns.isEmpty()) {
            sink.accept(finding(table.file(), Location.cell(1, null), table.file()
                    + " has no dataset-type field; the " + template.title() + " template names it in derived_dataset_type",
                    "Add the column derived_dataset_type (Segmentation Mask or Object x Analyte)."));
        } else if (columns.size() > 1) {
            List<String> names = new ArrayList<>();
            for (int c : columns) {
                names.add(table.header().get(c) + " (column " + Location.columnLetters(c + 1) + ")");
            }
            sink.accept(finding(table.file(), Location.cell(1, columns.get(1) + 1), table.file()
                    + " has " + columns.size() + " dataset-type fields, exactly one is allowed: " + String.join(", ", names)));
        }
    }
}
