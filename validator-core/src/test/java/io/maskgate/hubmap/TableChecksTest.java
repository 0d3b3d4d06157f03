package io.maskgate.hubmap;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each table rule on a clean table (silent) and on one broken cell (exactly its code, at that cell). */
class TableChecksTest {

    static final List<String> META_HEADER = List.of("parent_dataset_id", "lab_id", "derived_dataset_protocol_doi",
            "derived_dataset_type", "program_url", "contributors_path", "data_path", "is_cell_type_annotation_included",
            "metadata_schema_id");
    static final List<String> META_ROW = List.of("HBM386.ZGKG.235,HBM636.GVCB.297", "lab-7",
            "https://dx.doi.org/10.17504/protocols.io.bp2l6xk1kgqe/v1", "Segmentation Mask",
            "https://github.com/lab/segmenter/releases/tag/v1.2.0", "./contributors.tsv", "./dataset-1", "No",
            "271bdcd3-b4ac-48e0-ac0f-d666652988af");
    static final List<String> CONTRIB_HEADER = List.of("first_name", "last_name", "middle_name_or_initial", "display_name",
            "affiliation", "orcid", "email", "is_contact", "is_principal_investigator", "is_operator", "metadata_schema_id");
    static final List<String> CONTRIB_ROW = List.of("Jane", "Doe", "Q", "Jane Q. Doe", "University of Somewhere",
            "0000-0002-1825-0097", "jane.doe@example.edu", "Yes", "Yes", "No", "94dae6f8-0756-4ab0-a47b-138e446a9501");

    private static TsvTable table(List<String> header, List<List<String>> rows) {
        List<TsvTable.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>(rows.get(i));
            while (cells.size() < header.size()) {
                cells.add("");
            }
            out.add(new TsvTable.Row(i + 2, cells.subList(0, header.size())));
        }
        return new TsvTable("t.tsv", header, out, true);
    }

    private static List<Finding> run(TsvTable t, TableTemplate template) {
        List<Finding> f = new ArrayList<>();
        HubmapRules.checkTable(t, template, f::add);
        return f;
    }

    private static List<String> set(List<String> row, String field, List<String> header, String value) {
        List<String> r = new ArrayList<>(row);
        r.set(header.indexOf(field), value);
        return r;
    }

    private static void expectMeta(String field, String value, String code) {
        TsvTable t = table(META_HEADER, List.of(META_ROW, set(META_ROW, field, META_HEADER, value)));
        List<Finding> f = run(t, TableTemplate.SEGMENTATION_MASK_METADATA);
        assertEquals(List.of(code), f.stream().map(Finding::code).toList(), field + "=" + value + ": " + f);
        assertEquals(Location.cell(3, META_HEADER.indexOf(field) + 1), f.get(0).location());
    }

    private static void expectContrib(String field, String value, String code) {
        TsvTable t = table(CONTRIB_HEADER, List.of(CONTRIB_ROW, set(CONTRIB_ROW, field, CONTRIB_HEADER, value)));
        List<Finding> f = run(t, TableTemplate.CONTRIBUTORS);
        assertEquals(List.of(code), f.stream().map(Finding::code).toList(), field + "=" + value + ": " + f);
        assertEquals(Location.cell(3, CONTRIB_HEADER.indexOf(field) + 1), f.get(0).location());
    }

    @Test
    void cleanTablesAreSilent() {
        assertEquals(List.of(), run(table(META_HEADER, List.of(META_ROW)), TableTemplate.SEGMENTATION_MASK_METADATA));
        assertEquals(List.of(), run(table(CONTRIB_HEADER, List.of(CONTRIB_ROW)), TableTemplate.CONTRIBUTORS));
        // optional fields may be empty; "." and bare names are valid paths; UUID parents are accepted
        List<String> r = set(set(set(META_ROW, "lab_id", META_HEADER, ""), "data_path", META_HEADER, "."),
                "parent_dataset_id", META_HEADER, "0123456789abcdef0123456789abcdef");
        assertEquals(List.of(), run(table(META_HEADER, List.of(set(r, "contributors_path", META_HEADER, "contributors.tsv"))),
                TableTemplate.SEGMENTATION_MASK_METADATA));
    }

    @Test
    void metadataValues() {
        expectMeta("parent_dataset_id", "HBM386ZGKG235", "HUBMAP_PARENT_ID_FORMAT");
        expectMeta("parent_dataset_id", "HBM386.ZGKG.235,", "HUBMAP_PARENT_ID_FORMAT");
        expectMeta("parent_dataset_id", "hbm386.zgkg.235", "HUBMAP_PARENT_ID_FORMAT");
        expectMeta("derived_dataset_protocol_doi", "10.17504/protocols.io.bp2l6xk1kgqe/v1", "HUBMAP_PROTOCOL_DOI_FORMAT");
        expectMeta("derived_dataset_type", "segmentation mask", "HUBMAP_ENUM_VALUE");
        expectMeta("is_cell_type_annotation_included", "yes", "HUBMAP_ENUM_VALUE");
        expectMeta("program_url", "github.com/lab/segmenter", "HUBMAP_PROGRAM_URL_FORMAT");
        expectMeta("contributors_path", "./contributors.csv", "HUBMAP_PATH_FORMAT");
        expectMeta("contributors_path", "/home/lab/contributors.tsv", "HUBMAP_PATH_FORMAT");
        expectMeta("data_path", ".\\dataset-1", "HUBMAP_PATH_FORMAT");
        expectMeta("data_path", "../dataset-1", "HUBMAP_PATH_FORMAT");
        expectMeta("metadata_schema_id", "94dae6f8-0756-4ab0-a47b-138e446a9501", "HUBMAP_SCHEMA_ID");
        expectMeta("data_path", "", "HUBMAP_VALUE_REQUIRED");
    }

    @Test
    void hintsSayTheFix() {
        TsvTable t = table(META_HEADER, List.of(set(META_ROW, "derived_dataset_protocol_doi", META_HEADER, "doi:10.17504/protocols.io.x/v1")));
        Finding f = run(t, TableTemplate.SEGMENTATION_MASK_METADATA).get(0);
        assertEquals("Write it as https://dx.doi.org/10.17504/protocols.io.x/v1.", f.hint());
        t = table(META_HEADER, List.of(set(META_ROW, "parent_dataset_id", META_HEADER, "HBM386ZGKG235")));
        assertEquals("Keep the dots: HBM386.ZGKG.235.", run(t, TableTemplate.SEGMENTATION_MASK_METADATA).get(0).hint());
        t = table(CONTRIB_HEADER, List.of(set(CONTRIB_ROW, "orcid", CONTRIB_HEADER, "https://orcid.org/0000-0002-1825-0097")));
        assertEquals("Write only 0000-0002-1825-0097.", run(t, TableTemplate.CONTRIBUTORS).get(0).hint());
        t = table(META_HEADER, List.of(set(META_ROW, "metadata_schema_id", META_HEADER, "94dae6f8-0756-4ab0-a47b-138e446a9501")));
        assertTrue(run(t, TableTemplate.SEGMENTATION_MASK_METADATA).get(0).message().endsWith("that is the id of the contributors template"));
    }

    @Test
    void contributorsValues() {
        expectContrib("orcid", "0000-0002-1825-009", "HUBMAP_ORCID_FORMAT");
        expectContrib("orcid", "0000-0002-1825-0098", "HUBMAP_ORCID_CHECKSUM");
        expectContrib("email", "jane.doe at example.edu", "HUBMAP_EMAIL_FORMAT");
        expectContrib("is_operator", "N", "HUBMAP_ENUM_VALUE");
        expectContrib("affiliation", " ", "HUBMAP_VALUE_REQUIRED");
        expectContrib("metadata_schema_id", "271bdcd3-b4ac-48e0-ac0f-d666652988af", "HUBMAP_SCHEMA_ID");
    }

    @Test
    void noContact() {
        List<String> noContact = set(CONTRIB_ROW, "is_contact", CONTRIB_HEADER, "No");
        List<Finding> f = run(table(CONTRIB_HEADER, List.of(noContact, noContact)), TableTemplate.CONTRIBUTORS);
        assertEquals(List.of("HUBMAP_NO_CONTACT"), f.stream().map(Finding::code).toList());
        assertEquals(Location.cell(1, 8), f.get(0).location());
    }

    private static List<Finding> withHeader(UnaryOperator<List<String>> header, UnaryOperator<List<String>> row) {
        return run(table(header.apply(new ArrayList<>(META_HEADER)), List.of(row.apply(new ArrayList<>(META_ROW)))),
                TableTemplate.SEGMENTATION_MASK_METADATA);
    }

    @Test
    void headerRules() {
        List<Finding> f = withHeader(h -> { h.add(""); return h; }, r -> { r.add(""); return r; });
        assertEquals(List.of("HUBMAP_TSV_EMPTY_HEADER"), f.stream().map(Finding::code).toList());
        assertEquals(Location.cell(1, 10), f.get(0).location());

        f = withHeader(h -> { h.add("lab_id"); return h; }, r -> { r.add("lab-7"); return r; });
        assertEquals(List.of("HUBMAP_TSV_DUPLICATE_HEADER"), f.stream().map(Finding::code).toList());
        assertEquals(Location.cell(1, 10), f.get(0).location());

        f = withHeader(h -> { h.add("notes"); return h; }, r -> { r.add("x"); return r; });
        assertEquals(List.of("HUBMAP_FIELD_UNKNOWN"), f.stream().map(Finding::code).toList());

        f = withHeader(h -> { h.add("dataset_type"); return h; }, r -> { r.add("Segmentation Mask"); return r; });
        assertEquals(List.of("HUBMAP_DATASET_TYPE_FIELD"), f.stream().map(Finding::code).toList());
        assertEquals(Location.cell(1, 10), f.get(0).location());

        f = withHeader(h -> { h.remove(3); return h; }, r -> { r.remove(3); return r; });
        assertEquals(List.of("HUBMAP_DATASET_TYPE_FIELD"), f.stream().map(Finding::code).toList(), "no dataset-type field");

        f = withHeader(h -> { h.set(7, "Is_Cell_Type_Annotation_Included"); return h; }, r -> r);
        assertEquals(List.of("HUBMAP_FIELD_MISSING", "HUBMAP_FIELD_UNKNOWN"), f.stream().map(Finding::code).sorted().toList());
        Finding missing = f.stream().filter(x -> x.code().equals("HUBMAP_FIELD_MISSING")).findFirst().orElseThrow();
        assertEquals("Rename the column 'Is_Cell_Type_Annotation_Included' to 'is_cell_type_annotation_included'.", missing.hint());
    }

    @Test
    void noRows() {
        List<Finding> f = run(table(META_HEADER, List.of()), TableTemplate.SEGMENTATION_MASK_METADATA);
        assertEquals(List.of("HUBMAP_TSV_NO_ROWS"), f.stream().map(Finding::code).toList());
        assertEquals(List.of(), run(new TsvTable("t.tsv", META_HEADER, List.of(), false), TableTemplate.SEGMENTATION_MASK_METADATA),
                "an incomplete read is not 'no rows'");
        assertEquals(Arrays.asList("HUBMAP_TSV_NO_ROWS"),
                run(new TsvTable("t.tsv", List.of(), List.of(), true), TableTemplate.CONTRIBUTORS).stream()
                        .map(Finding::code).filter(c -> c.equals("HUBMAP_TSV_NO_ROWS")).toList());
    }

    /** 16,384 columns (the most the reader keeps) with every name repeated: the header checks stay linear. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.SECONDS)
    void wideRepeatedHeaderIsCheckedInLinearTime() {
        List<String> header = new ArrayList<>(META_HEADER);
        List<String> row = new ArrayList<>(META_ROW);
        int extra = TsvReader.MAX_COLUMNS - header.size();
        for (int i = 0; i < extra; i++) {
            header.add(i % 2 == 0 ? "lab_id" : "extra_" + (i / 2));
            row.add("x");
        }
        List<Finding> f = run(table(header, List.of(row)), TableTemplate.SEGMENTATION_MASK_METADATA);
        long duplicates = f.stream().filter(x -> x.code().equals("HUBMAP_TSV_DUPLICATE_HEADER")).count();
        long unknown = f.stream().filter(x -> x.code().equals("HUBMAP_FIELD_UNKNOWN")).count();
        assertEquals((extra + 1) / 2, duplicates);
        assertEquals(extra / 2, unknown);
        Finding first = f.stream().filter(x -> x.code().equals("HUBMAP_TSV_DUPLICATE_HEADER")).findFirst().orElseThrow();
        assertTrue(first.message().contains("of column B"), first.message());
    }
}
