package io.maskgate.objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer fixtures use: what it writes reads back cell for cell, in both forms and formats, atomically. */
class ObjectsTableWriterTest {

    @TempDir
    Path tmp;

    private static List<List<String>> read(RowSource src) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (TableRow r = src.next(); r != null; r = src.next()) {
            assertEquals(rows.size() + 1, r.number());
            List<String> cells = new ArrayList<>(Arrays.asList(r.cells()));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void headerRowsFollowTheTemplate() {
        List<List<String>> rows = ObjectsTableWriter.template().headerRows();
        assertEquals(10, rows.size());
        assertEquals(ObjectsTemplate.KEYS_8, rows.subList(0, 8).stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("Type", "text", "text", "obo id", "doi", "text", "obo id", "integer", "integer", "integer"), rows.get(0));
        assertEquals(List.of(), rows.get(8));
        assertEquals(List.of("Object ID", "Source file", "Mask name", "Mask ID", "Protocol for mask creation (DOI)",
                "Annotation tool", "Object type", "X", "Y", "Z"), rows.get(9));
        assertEquals("Azimuth|STELLAR|FUSION|In-house|Manual|Not applicable", rows.get(6).get(5));
        List<List<String>> legacy = ObjectsTableWriter.template().withHeaderForm(HeaderForm.SEVEN_ROW).headerRows();
        assertEquals(9, legacy.size());
        assertEquals(ObjectsTemplate.KEYS_7, legacy.subList(0, 7).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void writtenTablesReadBackCellForCellInBothFormats() throws Exception {
        for (HeaderForm form : HeaderForm.values()) {
            ObjectsTableWriter w = ObjectsTables.writer().withHeaderForm(form);
            List<List<String>> data = List.of(ObjectsTables.dataRow(1, "cells", 10, 10),
                    new ArrayList<>(ObjectsTables.dataRow(2, "cells", 30, 10)));
            data.get(1).set(13, "tab\tand \"quote\"\nand line break");
            List<List<String>> expected = new ArrayList<>();
            for (List<String> r : w.allRows(data)) {
                List<String> cells = new ArrayList<>(r);
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                expected.add(cells);
            }
            Path tsv = tmp.resolve(form + "-objects.tsv");
            Path xlsx = tmp.resolve(form + "-objects.xlsx");
            w.writeTsv(tsv, data);
            w.writeXlsx(xlsx, data);
            try (RowSource src = new DelimitedRowSource(tsv, DelimitedRowSource.TSV, TsvUnreadable.class)) {
                assertEquals(expected, read(src), form + " TSV");
            }
            try (XlsxRowSource src = new XlsxRowSource(xlsx)) {
                assertEquals("MAIN", src.sheetName());
                assertEquals(expected, read(src), form + " XLSX");
            }
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void rewritingReplacesTheFile() throws Exception {
        Path tsv = tmp.resolve("cells-objects.tsv");
        ObjectsTableWriter w = ObjectsTableWriter.template();
        w.writeTsv(tsv, List.of(ObjectsTables.dataRow(1, "cells", 10, 10).subList(0, 10)));
        w.writeTsv(tsv, List.of());
        assertEquals(10, Files.readAllLines(tsv).size());
    }

    @Test
    void readGivesTheRowsBackWithBlankRowsInPlaceInEveryFormat() throws Exception {
        List<List<String>> rows = List.of(List.of("Object ID", "X"), List.of(), List.of("1", "12"), List.of("2", "0.5", "note"));
        for (String name : List.of("t.tsv", "t.xlsx", "t.csv")) {
            Path file = tmp.resolve(name);
            if (name.endsWith(".xlsx")) {
                TableFiles.writeXlsx(file, "MAIN", rows);
            } else if (name.endsWith(".csv")) {
                TableFiles.writeCsv(file, rows);
            } else {
                TableFiles.writeTsv(file, rows);
            }
            assertEquals(rows, TableFiles.read(file, 10), name);
            java.io.IOException tooMany = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> TableFiles.read(file, 3), name);
            assertTrue(tooMany.getMessage().contains("more than 3 rows"), tooMany.getMessage());
        }
        Path notXlsx = tmp.resolve("n.xlsx");
        Files.writeString(notXlsx, "Object ID\tX\n");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> TableFiles.read(notXlsx, 10));
    }
}
