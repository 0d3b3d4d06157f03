package io.maskgate.hubmap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a HuBMAP TSV template, offline: what HuBMAP's spreadsheet validator checked online.
 *
 * @param title    for messages, e.g. "segmentation-mask metadata (Version 2)"
 * @param schemaId the required value of {@code metadata_schema_id} (the CEDAR template id)
 * @param datasetTypeField true when exactly one dataset-type field must be present
 */
public record TableTemplate(String title, String schemaId, List<FieldSpec> fields, boolean datasetTypeField) {

    /** Fields that name a dataset type; a metadata TSV must have exactly one of them. */
    public static final Set<String> DATASET_TYPE_FIELDS = Set.of("dataset_type", "assay_type", "derived_dataset_type");

    /** Segmentation-mask metadata, "Version 2" (CEDAR template 271bdcd3-b4ac-48e0-ac0f-d666652988af). */
    public static final TableTemplate SEGMENTATION_MASK_METADATA = new TableTemplate(
            "segmentation-mask metadata (Version 2)", "271bdcd3-b4ac-48e0-ac0f-d666652988af",
            List.of(FieldSpec.required("parent_dataset_id", ValueKind.HUBMAP_IDS),
                    FieldSpec.optional("lab_id", ValueKind.TEXT),
                    FieldSpec.required("derived_dataset_protocol_doi", ValueKind.DOI_URL),
                    FieldSpec.oneOf("derived_dataset_type", "Segmentation Mask", "Object x Analyte"),
                    FieldSpec.optional("program_url", ValueKind.URLS),
                    FieldSpec.required("contributors_path", ValueKind.CONTRIBUTORS_PATH),
                    FieldSpec.required("data_path", ValueKind.DATA_PATH),
                    FieldSpec.oneOf("is_cell_type_annotation_included", "Yes", "No"),
                    FieldSpec.required("metadata_schema_id", ValueKind.SCHEMA_ID)),
            true);

    /** Contributors (CEDAR template 94dae6f8-0756-4ab0-a47b-138e446a9501). */
    public static final TableTemplate CONTRIBUTORS = new TableTemplate(
            "contributors", "94dae6f8-0756-4ab0-a47b-138e446a9501",
            List.of(FieldSpec.required("first_name", ValueKind.TEXT),
                    FieldSpec.required("last_name", ValueKind.TEXT),
                    FieldSpec.optional("middle_name_or_initial", ValueKind.TEXT),
                    FieldSpec.required("display_name", ValueKind.TEXT),
                    FieldSpec.required("affiliation", ValueKind.TEXT),
                    FieldSpec.required("orcid", ValueKind.ORCID),
                    FieldSpec.optional("email", ValueKind.EMAIL),
                    FieldSpec.oneOf("is_contact", "Yes", "No"),
                    FieldSpec.oneOf("is_principal_investigator", "Yes", "No"),
                    FieldSpec.oneOf("is_operator", "Yes", "No"),
                    FieldSpec.required("metadata_schema_id", ValueKind.SCHEMA_ID)),
            false);

    public static final List<TableTemplate> ALL = List.of(SEGMENTATION_MASK_METADATA, CONTRIBUTORS);

    public TableTemplate {
        fields = List.copyOf(fields);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The template whose schema id is {@code id}, for "this looks like the other file" hints. */
    public static Optional<TableTemplate> bySchemaId(String id) {
        return ALL.stream().filter(t -> t.schemaId().equals(id)).findFirst();
    }
}
