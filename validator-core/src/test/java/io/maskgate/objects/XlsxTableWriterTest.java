package io.maskgate.objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void rowsReadBackAsWrittenWithIntegersAsIntegersAndSameBytesTwice() throws IOException {
        List<List<String>> rows = List.of(List.of("Object ID", "Area um2", "Note"), List.of(), List.of("12", "0.1079", "x y"));
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        TableFiles.writeXlsx(a, XlsxRowSource.SHEET, rows);
        TableFiles.writeXlsx(b, XlsxRowSource.SHEET, rows);
        assertEquals(-1L, Files.mismatch(a, b), "same rows, same bytes");
        List<List<String>> back = TableFiles.read(a, 10);
        assertEquals(List.of(List.of("Object ID", "Area um2", "Note"), List.of(), List.of("12", "0.1079", "x y")), back);
        try (ZipFile zip = new ZipFile(a.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(sheet.contains("<v>12</v>") && !sheet.contains("<v>12.0</v>"), sheet);
        }
    }

    @Test
    void anUnfinishedWriterLeavesNoFile() throws IOException {
        Path f = dir.resolve("t.xlsx");
        try (XlsxTableWriter w = XlsxTableWriter.objectsTable(f)) {
            w.row(List.of("1", "2"));
            assertEquals(1, w.rows());
            assertFalse(w.finished());
        }
        assertFalse(Files.exists(f));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "no temporary file is left");
        }
    }
}
