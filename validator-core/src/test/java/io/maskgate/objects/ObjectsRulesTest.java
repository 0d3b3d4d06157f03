package io.maskgate.objects;

import io.maskgate.engine.Areas;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.maskgate.objects.ObjectsTables.cell;
import static io.maskgate.objects.ObjectsTables.clean;
import static io.maskgate.objects.ObjectsTables.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One broken table per table rule: each must give exactly its code at the expected cell, identically for the
 * TSV and the XLSX of the same rows.
 */
class ObjectsRulesTest {

    @TempDir
    Path tmp;

    record Case(String code, String prefix, MaskIndex masks, UnaryOperator<List<List<String>>> breakIt, Location at) {
        @Override
        public String toString() {
            return code + " @ " + at.describe();
        }
    }

    private static Case c(String code, String ref, UnaryOperator<List<List<String>>> breakIt) {
        return new Case(code, "cells", MaskIndex.NONE, breakIt, ref == null ? Location.NONE : cell(ref));
    }

    private static Case c(String code, String prefix, MaskIndex masks, String ref, UnaryOperator<List<List<String>>> breakIt) {
        return new Case(code, prefix, masks, breakIt, ref == null ? Location.NONE : cell(ref));
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("OBJECTS_COLUMN_HEADER_MISSING", null, rows -> new ArrayList<>(rows.subList(10, 13))),
                c("OBJECTS_HEADER_BLOCK_MISSING", "A1", rows -> new ArrayList<>(rows.subList(9, 13))),
                c("OBJECTS_HEADER_BLOCK_MALFORMED", "A3", rows -> set(rows, 3, "A", "Feature Class")),
                c("OBJECTS_HEADER_BLOCK_MALFORMED", "A4", rows -> set(rows, 4, "A", "Comment")),
                c("OBJECTS_SEPARATOR_ROW", "9", rows -> {
                    rows.remove(8);
                    return rows;
                }),
                c("OBJECTS_SEPARATOR_ROW", "10", rows -> {
                    rows.add(8, new ArrayList<>());
                    return rows;
                }),
                c("OBJECTS_COLUMN_NAME", "N10", rows -> set(rows, 10, "N", "area")),
                c("OBJECTS_COLUMN_NAME", "O12", rows -> set(rows, 12, "O", "stray")),
                c("OBJECTS_COLUMN_NAME_SPELLING", "H10", rows -> set(rows, 10, "H", "x")),
                c("OBJECTS_REQUIRED_COLUMN", "10", rows -> set(rows, 10, "D", "Mask identifier")),
                c("OBJECTS_OBJECT_ID_COLUMN", "B10", rows -> {
                    for (int r = 10; r <= 13; r++) {
                        List<String> row = rows.get(r - 1);
                        String a = row.get(0);
                        row.set(0, row.get(1));
                        row.set(1, a);
                    }
                    return rows;
                }),
                c("OBJECTS_ATTRIBUTE_TYPE", "K1", rows -> set(rows, 1, "K", "Float")),
                c("OBJECTS_ATTRIBUTE_UNIT", "K2", rows -> set(rows, 2, "K", "um2")),
                c("OBJECTS_ATTRIBUTE_FEATURE_CLASS", "K3", rows -> set(rows, 3, "K", "shape")),
                c("OBJECTS_ATTRIBUTE_DESCRIPTION", "K4", rows -> set(rows, 4, "K", "")),
                c("OBJECTS_ATTRIBUTE_DOI", "K5", rows -> set(rows, 5, "K", "https://doi.org/10.17504/protocols.io.abc")),
                c("OBJECTS_ATTRIBUTE_REQUIREMENT", "K8", rows -> set(rows, 8, "K", "required")),
                c("OBJECTS_TEMPLATE_ATTRIBUTE", "H1", rows -> set(rows, 1, "H", "float")),
                c("OBJECTS_VALUE_MISSING", "D12", rows -> set(rows, 12, "D", "")),
                c("OBJECTS_VALUE_MISSING", "A13", rows -> set(rows, 13, "A", "")),
                c("OBJECTS_VALUE_INTEGER", "N11", rows -> set(rows, 11, "N", "2.5")),
                c("OBJECTS_VALUE_INTEGER", "H12", rows -> set(rows, 12, "H", "ten")),
                c("OBJECTS_VALUE_FLOAT", "K11", rows -> set(rows, 11, "K", "1,5")),
                c("OBJECTS_VALUE_BOOLEAN", "L11", rows -> set(rows, 11, "L", "yes")),
                c("OBJECTS_VALUE_OBO_ID", "G11", rows -> set(rows, 11, "G", "CL_0000236")),
                c("OBJECTS_VALUE_OBO_ID", "D13", rows -> set(rows, 13, "D", "http://purl.obolibrary.org/obo/CL_0000000")),
                c("OBJECTS_VALUE_OBO_ID_SHORT", "G11", rows -> set(rows, 11, "G", "CHEBI:15377")),
                c("OBJECTS_VALUE_DOI", "E11", rows -> set(rows, 11, "E", "https://doi.org/10.17504/protocols.io.abc123")),
                c("OBJECTS_VALUE_PERMISSIBLE", "F12", rows -> set(rows, 12, "F", "manual")),
                c("OBJECTS_VALUE_PERMISSIBLE", "M11", rows -> set(rows, 11, "M", "NK cell")),
                c("OBJECTS_OBJECT_ID_INVALID", "A11", rows -> set(rows, 11, "A", "0")),
                c("OBJECTS_OBJECT_ID_INVALID", "A12", rows -> set(rows, 12, "A", "cell-2")),
                c("OBJECTS_OBJECT_ID_DUPLICATE", "A13", rows -> set(rows, 13, "A", "1")),
                c("OBJECTS_BLANK_ROW", "12", rows -> {
                    rows.add(11, new ArrayList<>());
                    return rows;
                }),
                c("OBJECTS_TABLE_EMPTY", null, rows -> new ArrayList<>(rows.subList(0, 10))),
                c("OBJECTS_SOURCE_FILE", "B11", rows -> set(rows, 11, "B", "other.segmentations.ome.tiff")),
                c("OBJECTS_SOURCE_FILE", "B12", rows -> set(rows, 12, "B", "kidney.ome.tiff")),
                c("OBJECTS_SOURCE_FILE", "B13", rows -> set(rows, 13, "B", "masks/" + ObjectsTables.TIFF)),
                c("OBJECTS_MASK_NAME_PREFIX", "C12", rows -> set(rows, 12, "C", "nuclei")),
                c("OBJECTS_NAME_DIGITS", "cells2", MaskIndex.NONE, null, rows -> {
                    for (int r = 11; r <= 13; r++) {
                        set(rows, r, "C", "cells2");
                    }
                    return rows;
                }),
                c("OBJECTS_NAME_CASE", "Cells", MaskIndex.NONE, null, rows -> {
                    for (int r = 11; r <= 13; r++) {
                        set(rows, r, "C", "Cells");
                    }
                    return rows;
                }),
                c("OBJECTS_MASK_NAME_UNKNOWN", "cellz", ObjectsTables.masks(), "C11", rows -> {
                    for (int r = 11; r <= 13; r++) {
                        set(rows, r, "C", "cellz");
                    }
                    return rows;
                }),
                c("OBJECTS_ROW_WITHOUT_LABEL", "cells", ObjectsTables.masks(), "A14", rows -> {
                    rows.add(new ArrayList<>(ObjectsTables.dataRow(4, "cells", 10, 10)));
                    return rows;
                }),
                // located at the label in the mask: channel 0 ('cells'), plane 0, the box ObjectsTables.masks() gives label 3
                new Case("OBJECTS_LABEL_WITHOUT_ROW", "cells", ObjectsTables.masks(), rows -> {
                    rows.remove(12);
                    return rows;
                }, Location.pixel(0, 0, null, null).withLabel(3, new Location.Box(45, 20, 55, 30))),
                c("OBJECTS_CENTROID_OUTSIDE", "cells", ObjectsTables.masks(), "I12", rows -> set(rows, 12, "I", "40")),
                c("OBJECTS_CENTROID_OUTSIDE", "cells", ObjectsTables.masks(), "H13", rows -> set(rows, 13, "H", "25")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenTableGivesExactlyItsCodeAtItsCellInBothFormats(Case c) throws Exception {
        List<Finding> tsv = ObjectsTables.check(ObjectsTables.folder(tmp, "tsv"), c.prefix(), c.breakIt().apply(clean()),
                TableFormat.TSV, c.masks());
        List<Finding> xlsx = ObjectsTables.check(ObjectsTables.folder(tmp, "xlsx"), c.prefix(), c.breakIt().apply(clean()),
                TableFormat.XLSX, c.masks());
        for (List<Finding> findings : List.of(tsv, xlsx)) {
            Set<String> codes = findings.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(c.code()), codes, () -> "findings: " + ObjectsTables.comparable(findings));
            assertTrue(findings.stream().anyMatch(f -> f.location().equals(c.at())),
                    () -> "expected " + c.code() + " at " + c.at().describe() + ", got " + ObjectsTables.comparable(findings));
            RuleMeta meta = Areas.ruleCatalog().byCode(c.code()).orElseThrow();
            assertTrue(findings.stream().allMatch(f -> f.severity() == meta.severity() && !f.hint().isEmpty()));
        }
        assertEquals(ObjectsTables.comparable(tsv), ObjectsTables.comparable(xlsx));
    }

    @Test
    void cleanTablesGiveNoFindingsInEitherFormat() throws Exception {
        for (MaskIndex masks : List.of(MaskIndex.NONE, ObjectsTables.masks())) {
            for (TableFormat format : TableFormat.values()) {
                List<Finding> findings = ObjectsTables.check(ObjectsTables.folder(tmp, "clean-" + format), "cells", clean(),
                        format, masks);
                assertEquals(List.of(), ObjectsTables.comparable(findings), format + " " + masks);
            }
        }
    }

    @Test
    void blankOrNotApplicablePermissibleValuesAllowAnyValue() throws Exception {
        List<List<String>> rows = clean();
        String[] unrestricted = {"N/A", "n/a", "", "N/a", " N/A "};
        for (int c = ObjectsTables.column("B"); c <= ObjectsTables.column("N"); c++) {
            set(rows, 7, Location.columnLetters(c), unrestricted[c % unrestricted.length]);
        }
        set(rows, 11, "M", "NK cell"); // not in M's declared list (T cell|B cell), which N/A now replaces
        for (TableFormat format : TableFormat.values()) {
            List<Finding> findings = ObjectsTables.check(ObjectsTables.folder(tmp, "na-" + format), "cells", rows, format,
                    ObjectsTables.masks());
            assertEquals(List.of(), ObjectsTables.comparable(findings), format.toString());
        }
    }

    @Test
    void notApplicableDoesNotLiftTheTemplatesOwnList() throws Exception {
        List<List<String>> rows = clean();
        set(rows, 7, "F", "N/A");
        set(rows, 12, "F", "Cellpose"); // Annotation tool: the template's list applies whatever the header says
        List<Finding> findings = ObjectsTables.check(ObjectsTables.folder(tmp, "na-template"), "cells", rows, TableFormat.TSV,
                ObjectsTables.masks());
        assertEquals(List.of("OBJECTS_VALUE_PERMISSIBLE"), findings.stream().map(Finding::code).toList());
        assertEquals(Location.cell(12, ObjectsTables.column("F")), findings.get(0).location());
    }

    @Test
    void legacySevenRowHeaderIsAcceptedAndSaidSo() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        ObjectsTables.writer().withHeaderForm(HeaderForm.SEVEN_ROW).allRows(ObjectsTables.cleanData("cells"))
                .forEach(r -> rows.add(new ArrayList<>(r)));
        for (TableFormat format : TableFormat.values()) {
            Path dir = ObjectsTables.folder(tmp, "legacy-" + format);
            List<Finding> findings = ObjectsTables.check(dir, "cells", rows, format, ObjectsTables.masks());
            assertEquals(List.of("OBJECTS_HEADER_LEGACY_FORM"), findings.stream().map(Finding::code).toList());
            assertEquals(Severity.INFO, findings.get(0).severity());
            ObjectsTableResult result = new ObjectsTableChecker().checkTable(
                    dir.resolve("cells-objects." + format.name().toLowerCase(Locale.ROOT)), "t", ObjectsTables.masks(), f -> { });
            assertEquals(HeaderForm.SEVEN_ROW, result.headerForm());
            assertEquals(3, result.dataRows());
        }
    }

    @Test
    void everyTableRuleHasACase() {
        Set<String> covered = cases().map(Case::code).collect(Collectors.toSet());
        for (TableCheck check : ObjectsRules.tableChecks()) {
            assertTrue(covered.contains(check.meta().code()), check.meta().code() + " has no broken-table case");
        }
    }
}
