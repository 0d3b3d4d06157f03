package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A required field of the template has no column. */
@RuleInfo(code = "HUBMAP_FIELD_MISSING", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Every required field of the HuBMAP template must be a column of the TSV.",
        hint = "Add the column with its exact field name (field names are case-sensitive).")
public final class FieldMissing implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        for (FieldSpec f : template.fields()) {
            // the dataset-type field has its own rule (exactly one of several names)
            if (!f.required() || table.column(f.name()) >= 0
                    || (template.datasetTypeField() && TableTemplate.DATASET_TYPE_FIELDS.contains(f.name()))) {
                continue;
            }
            String near = null;
            for (String h : table.header()) {
                if (h.trim().equalsIgnoreCase(f.name()) || h.trim().replace(' ', '_').equalsIgnoreCase(f.name())) {
                    near = h;
                }
            }
            sink.accept(finding(table.file(), Location.cell(1, null), table.file() + " has no column '" + f.name()
                    + "', a required field of the " + template.title() + " template"
                    + (near == null ? "" : "; column '" + near + "' differs only in spelling"),
                    near == null ? "" : "Rename the column '" + near + "' to '" + f.name() + "'."));
        }
    }
}
