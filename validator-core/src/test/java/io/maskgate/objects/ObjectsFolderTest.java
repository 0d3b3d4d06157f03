package io.maskgate.objects;

import io.maskgate.report.Checked;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.maskgate.objects.ObjectsTables.cell;
import static io.maskgate.objects.ObjectsTables.clean;
import static io.maskgate.objects.ObjectsTables.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ObjectsTableChecker#checkFolder}: file naming, both formats, adjacency CSVs, result, capping. */
class ObjectsFolderTest {

    private static final String REL = "HBM123/derived/segmentation_masks";

    @TempDir
    Path tmp;

    private Path dir;

    private Path folder() throws IOException {
        dir = ObjectsTables.folder(tmp, "segmentation_masks");
        TableFiles.writeTsv(dir.resolve("cells-objects.tsv"), clean("cells"));
        return dir;
    }

    private List<Finding> run(MaskIndex masks) {
        List<Finding> findings = new ArrayList<>();
        new ObjectsTableChecker().checkFolder(dir, REL, masks, findings::add);
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    private void csv(String name, List<List<String>> rows) throws IOException {
        TableFiles.writeCsv(dir.resolve(name), rows);
    }

    @Test
    void cleanFolderGivesNoFindingsAndSaysWhatWasChecked() throws IOException {
        folder();
        // nuclei: labels 1-2 in channel 'nuclei'
        MaskLabels cells = MaskLabels.of(new long[] {1, 2, 3}, new int[] {5, 5, 15, 15, 25, 5, 35, 15, 45, 20, 55, 30});
        MaskLabels nuclei = MaskLabels.of(new long[] {1, 2}, new int[] {5, 5, 15, 15, 25, 5, 35, 15});
        MaskIndex masks = MaskIndex.of(Map.of(ObjectsTables.TIFF, new MaskInfo(List.of("cells", "nuclei"), List.of(cells, nuclei), true)));
        List<List<String>> nucleiRows = new ArrayList<>();
        ObjectsTables.writer().allRows(ObjectsTables.cleanData("nuclei").subList(0, 2)).forEach(nucleiRows::add);
        TableFiles.writeXlsx(dir.resolve("nuclei-objects.xlsx"), "MAIN", nucleiRows);
        csv("cells-centroid-adjacency.csv", List.of(List.of("object_id_1", "object_id_2", "distance"),
                List.of("1", "2", "20.0"), List.of("2", "3", "25.5")));
        csv("nuclei-linkage-adjacency.csv", List.of(List.of("", "1", "2"), List.of("1", "0", "1"), List.of("2", "1", "0")));
        List<Finding> findings = new ArrayList<>();
        ObjectsFolderResult result = new ObjectsTableChecker().checkFolder(dir, REL, masks, findings::add);
        assertEquals(List.of(), ObjectsTables.comparable(findings));
        assertEquals(2, result.tables().size());
        assertEquals(REL + "/cells-objects.tsv", result.tables().get(0).file());
        assertEquals(HeaderForm.EIGHT_ROW, result.tables().get(1).headerForm());
        assertEquals(5, result.tables().stream().mapToLong(ObjectsTableResult::dataRows).sum());
        assertEquals(List.of("header", "matrix"), result.adjacency().stream().map(AdjacencyResult::layout).toList());
        assertEquals(4, result.adjacency().get(0).references());
        assertEquals(4, result.adjacency().get(1).references());
        List<Checked> checked = result.checked();
        assertEquals(new Checked("objects tables", 2, "1 TSV, 1 XLSX; 8-row header block: 2"), checked.get(0));
        assertEquals(5, checked.get(1).count());
        assertEquals(new Checked("adjacency files", 2, "8 object references checked"), checked.get(2));
    }

    @Test
    void findingsNameFilesRelativeToTheTarget() throws IOException {
        folder();
        TableFiles.writeTsv(dir.resolve("cells-objects.tsv"), set(clean(), 12, "H", "ten"));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_VALUE_INTEGER"), codes(findings));
        assertEquals(REL + "/cells-objects.tsv", findings.get(0).file());
    }

    @Test
    void bothFormatsForOneMaskIsAnError() throws IOException {
        folder();
        TableFiles.writeXlsx(dir.resolve("cells-objects.xlsx"), "MAIN", clean());
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_TABLE_BOTH_FORMATS"), codes(findings));
        assertEquals(REL + "/cells-objects.tsv", findings.get(0).file());
        assertTrue(findings.get(0).message().contains("cells-objects.tsv and cells-objects.xlsx"));
    }

    @Test
    void nearMissTableNamesAreReported() throws IOException {
        folder();
        TableFiles.writeTsv(dir.resolve("nuclei_objects.csv"), clean("nuclei"));
        TableFiles.writeTsv(dir.resolve("readme.txt"), List.of(List.of("notes")));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_TABLE_NAME"), codes(findings));
        assertEquals(REL + "/nuclei_objects.csv", findings.get(0).file());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void adjacencyWithoutMaskIsAnOrphanUnlessAChannelHasItsName() throws IOException {
        folder();
        csv("tubules-centroid-adjacency.csv", List.of(List.of("object_1", "object_2"), List.of("1", "2")));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_ADJACENCY_ORPHAN"), codes(findings));
        assertEquals(REL + "/tubules-centroid-adjacency.csv", findings.get(0).file());

        MaskIndex withTubules = MaskIndex.of(Map.of(ObjectsTables.TIFF, MaskInfo.namesOnly(List.of("cells", "tubules"))));
        assertEquals(List.of(), codes(run(withTubules)));
    }

    @Test
    void adjacencyReferencesUnknownObjectsInEveryLayout() throws IOException {
        folder();
        csv("cells-centroid-adjacency.csv", List.of(List.of("source", "target", "weight"),
                List.of("1", "2", "0.5"), List.of("2", "99", "0.1"), List.of("three", "1", "0.2")));
        csv("cells-linkage-adjacency.csv", List.of(List.of("Object ID", "1", "2", "7"), List.of("1", "0", "1", "0")));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_ADJACENCY_UNKNOWN_OBJECT", "OBJECTS_ADJACENCY_UNKNOWN_OBJECT",
                "OBJECTS_ADJACENCY_UNKNOWN_OBJECT"), codes(findings));
        assertEquals(cell("B3"), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("object 99 in column 'target' is not an Object ID of cells-objects.tsv"),
                findings.get(0).message());
        assertEquals(cell("A4"), findings.get(1).location());
        assertEquals(cell("D1"), findings.get(2).location());
        assertTrue(findings.get(2).file().endsWith("cells-linkage-adjacency.csv"));
    }

    @Test
    void headerlessEdgeListUsesItsLeadingIntegerColumns() throws IOException {
        folder();
        csv("cells-centroid-adjacency.csv", List.of(List.of("1", "2", "0.5"), List.of("3", "4", "0.5")));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_ADJACENCY_UNKNOWN_OBJECT"), codes(findings));
        assertEquals(cell("B2"), findings.get(0).location());
    }

    @Test
    void adjacencyWithoutRecognisableIdColumnsSaysSo() throws IOException {
        folder();
        csv("cells-centroid-adjacency.csv", List.of(List.of("a", "b", "distance"), List.of("1", "99", "0.5")));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_ADJACENCY_NO_ID_COLUMNS"), codes(findings));
        assertEquals(Severity.INFO, findings.get(0).severity());
    }

    @Test
    void adjacencyParseErrorsAndRaggedRows() throws IOException {
        folder();
        Files.writeString(dir.resolve("cells-centroid-adjacency.csv"), "object_1,object_2\n1,2\n\"2,3\n");
        csv("cells-linkage-adjacency.csv", List.of(List.of("object_1", "object_2"), List.of("1", "2"), List.of("2", "3", "x")));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_ADJACENCY_PARSE", "OBJECTS_ADJACENCY_PARSE"), codes(findings));
        assertEquals(Location.cell(3, null), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("line 3"), findings.get(0).message());
        assertEquals(cell("C3"), findings.get(1).location());
    }

    @Test
    void manyBadCellsAreCappedPerColumnAndTheRestCounted() throws IOException {
        dir = ObjectsTables.folder(tmp, "many");
        List<List<String>> data = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            List<String> row = new ArrayList<>(ObjectsTables.dataRow(i, "cells", 10, 10));
            row.set(7, "x" + i);
            data.add(row);
        }
        ObjectsTables.writer().writeTsv(dir.resolve("cells-objects.tsv"), data);
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(101, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.code().equals("OBJECTS_VALUE_INTEGER")));
        Finding summary = findings.get(0);
        assertEquals(cell("H10"), summary.location(), "the summary sits on the column header");
        assertEquals("150 more OBJECTS_VALUE_INTEGER findings in column H 'X' (rows 111–260) not listed (first 100 listed)",
                summary.message());
        assertEquals(cell("H11"), findings.get(1).location());
    }

    @Test
    void unreadableTableNeitherOrphansNorFailsItsAdjacencyFile() throws IOException {
        folder();
        Path table = dir.resolve("cells-objects.tsv");
        byte[] bytes = Files.readAllBytes(table);
        bytes[bytes.length - 3] = (byte) 0xFF;
        Files.write(table, bytes);
        csv("cells-centroid-adjacency.csv", List.of(List.of("object_1", "object_2"), List.of("1", "3")));
        List<Finding> findings = run(MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_TSV_UNREADABLE"), codes(findings),
                "object 3 is in the unread part: the adjacency references are not judged");
    }

    @Test
    void tableWithoutColumnHeaderRowOrObjectIdColumnLeavesItsAdjacencyReferencesUnjudged() throws IOException {
        folder();
        csv("cells-centroid-adjacency.csv", List.of(List.of("object_1", "object_2"), List.of("1", "2")));
        List<List<String>> noHeaderRow = new ArrayList<>(clean("cells"));
        noHeaderRow.remove(9);
        TableFiles.writeTsv(dir.resolve("cells-objects.tsv"), noHeaderRow);
        assertEquals(List.of("OBJECTS_COLUMN_HEADER_MISSING"), codes(run(MaskIndex.NONE)),
                "a table whose header row is gone lists no objects: its adjacency references are not all unknown");

        TableFiles.writeTsv(dir.resolve("cells-objects.tsv"), set(clean("cells"), 10, "A", "Row"));
        List<Finding> findings = run(MaskIndex.NONE);
        assertTrue(codes(findings).contains("OBJECTS_REQUIRED_COLUMN"), codes(findings).toString());
        assertTrue(!codes(findings).contains("OBJECTS_ADJACENCY_UNKNOWN_OBJECT"), codes(findings).toString());

        TableFiles.writeTsv(dir.resolve("cells-objects.tsv"), clean("cells"));
        csv("cells-centroid-adjacency.csv", List.of(List.of("object_1", "object_2"), List.of("1", "99")));
        assertEquals(List.of("OBJECTS_ADJACENCY_UNKNOWN_OBJECT"), codes(run(MaskIndex.NONE)), "a complete table still judges them");
    }

    @Test
    void maskChannelWithObjectsButNoTableIsReportedOnce() throws IOException {
        folder();
        MaskLabels cells = MaskLabels.of(new long[] {1, 2, 3}, new int[] {5, 5, 15, 15, 25, 5, 35, 15, 45, 20, 55, 30});
        MaskLabels nuclei = MaskLabels.of(new long[] {1, 2}, new int[] {5, 5, 15, 15, 25, 5, 35, 15});
        MaskLabels none = MaskLabels.of(new long[0], new int[0]);
        MaskIndex masks = MaskIndex.of(Map.of(ObjectsTables.TIFF,
                new MaskInfo(List.of("cells", "nuclei", "vessels"), List.of(cells, nuclei, none), true)));
        List<Finding> findings = run(masks);
        assertEquals(List.of("OBJECTS_MASK_WITHOUT_TABLE"), codes(findings));
        assertEquals(REL + "/" + ObjectsTables.TIFF, findings.get(0).file());
        assertEquals(Location.pixel(1, null, null, null), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("nuclei-objects.tsv"), findings.get(0).message());

        csv("nuclei-objects.csv", List.of(List.of("Object ID"), List.of("1")));
        assertEquals(List.of("OBJECTS_TABLE_NAME"), codes(run(masks)), "a near-miss table speaks for its channel");
        Files.delete(dir.resolve("nuclei-objects.csv"));

        Files.move(dir.resolve("cells-objects.tsv"), dir.resolve("cell-objects.tsv"));
        assertTrue(!codes(run(masks)).contains("OBJECTS_MASK_WITHOUT_TABLE"),
                "while a table names no channel, the channels without a table are not judged");
    }

    @Test
    void missingFolderGivesAnEmptyResult() {
        ObjectsFolderResult r = new ObjectsTableChecker().checkFolder(tmp.resolve("absent"), "", MaskIndex.NONE, f -> {
            throw new AssertionError(f.toString());
        });
        assertEquals(0, r.tables().size());
    }
}
