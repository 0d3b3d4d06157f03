package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** {@code metadata_schema_id} is not the id of the template the file must follow. */
@RuleInfo(code = "HUBMAP_SCHEMA_ID", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "metadata_schema_id must be the id of the HuBMAP template the TSV follows.",
        hint = "Copy the template's id exactly.")
public final class SchemaIdValue implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.SCHEMA_ID, cell -> {
            if (cell.value().equals(template.schemaId())) {
                return;
            }
            String other = TableTemplate.bySchemaId(cell.value().trim()).filter(t -> !t.equals(template))
                    .map(t -> "; that is the id of the " + t.title() + " template").orElse("");
            sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()), "metadata_schema_id is '"
                    + TsvReader.clip(cell.value()) + "' in cell " + cell.ref() + "; the " + template.title()
                    + " template's id is " + template.schemaId() + other, "Set it to " + template.schemaId() + "."));
        });
    }
}
