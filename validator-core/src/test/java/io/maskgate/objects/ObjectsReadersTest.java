package io.maskgate.objects;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static io.maskgate.objects.ObjectsTables.clean;
import static io.maskgate.objects.ObjectsTables.set;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TSV and XLSX readers: row numbering, encodings, damaged files, cell types. */
class ObjectsReadersTest {

    @TempDir
    Path tmp;

    private List<Finding> checkFile(Path file, MaskIndex masks) {
        List<Finding> findings = new ArrayList<>();
        new ObjectsTableChecker().checkTable(file, file.getFileName().toString(), masks, findings::add);
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void quotedLineBreakKeepsSpreadsheetRowNumbersInTsv() throws Exception {
        List<List<String>> rows = set(set(clean(), 4, "K", "Area of the object,\nin square micrometers"), 12, "K", "big");
        List<Finding> tsv = ObjectsTables.check(ObjectsTables.folder(tmp, "tsv"), "cells", rows, TableFormat.TSV, MaskIndex.NONE);
        List<Finding> xlsx = ObjectsTables.check(ObjectsTables.folder(tmp, "xlsx"), "cells", rows, TableFormat.XLSX, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_VALUE_FLOAT"), codes(tsv));
        assertEquals(ObjectsTables.cell("K12"), tsv.get(0).location(), "row 12 although it is line 13 of the TSV");
        assertEquals(ObjectsTables.comparable(tsv), ObjectsTables.comparable(xlsx));
    }

    @Test
    void byteOrderMarkAndCrLfAreAccepted() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "bom");
        Path file = dir.resolve("cells-objects.tsv");
        TableFiles.writeTsv(file, clean());
        String text = Files.readString(file).replace("\n", "\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(text.getBytes(StandardCharsets.UTF_8));
        Files.write(file, out.toByteArray());
        assertEquals(List.of(), checkFile(file, ObjectsTables.masks()));
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndStopsTheRowChecks() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "utf8");
        Path file = dir.resolve("cells-objects.tsv");
        TableFiles.writeTsv(file, set(clean(), 12, "M", "T cell"));
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("T cell", text.indexOf("\n2\t"));
        bytes[at] = (byte) 0xFF;
        Files.write(file, bytes);
        List<Finding> findings = checkFile(file, ObjectsTables.masks());
        assertEquals(List.of("OBJECTS_TSV_UNREADABLE"), codes(findings), "no 'label without row' after an incomplete read");
        assertEquals(Location.cell(12, null), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("UTF-8"));
    }

    @Test
    void nulByteIsReportedAtItsCell() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "nul");
        Path file = dir.resolve("cells-objects.tsv");
        TableFiles.writeTsv(file, set(clean(), 12, "M", "T\u0000cell"));
        List<Finding> findings = checkFile(file, ObjectsTables.masks());
        assertEquals(List.of("OBJECTS_TSV_UNREADABLE"), codes(findings), "no 'label without row' after an incomplete read");
        assertEquals(ObjectsTables.cell("M12"), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("NUL byte"), findings.get(0).message());
    }

    @Test
    void unclosedQuoteIsReportedWhereItsRowStarts() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "quote");
        Path file = dir.resolve("cells-objects.tsv");
        TableFiles.writeTsv(file, clean());
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(11, lines.get(11).replace("T cell", "\"T cell"));
        Files.write(file, lines);
        List<Finding> findings = checkFile(file, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_TSV_UNREADABLE"), codes(findings));
        assertEquals(Location.cell(12, null), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("line 12"), findings.get(0).message());
    }

    @Test
    void overlongLineIsRefusedWithoutBufferingIt() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "long");
        Path file = dir.resolve("cells-objects.tsv");
        TableFiles.writeTsv(file, set(clean(), 12, "M", "x".repeat((int) DelimitedRowSource.MAX_LINE_CHARS + 10)));
        List<Finding> findings = checkFile(file, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_TSV_UNREADABLE"), codes(findings));
        assertEquals(Location.cell(12, null), findings.get(0).location());
    }

    @Test
    void emptyFileHasNoColumnHeaderRow() throws Exception {
        Path file = tmp.resolve("cells-objects.tsv");
        Files.write(file, new byte[0]);
        List<Finding> findings = checkFile(file, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_COLUMN_HEADER_MISSING"), codes(findings));
        assertTrue(findings.get(0).message().contains("empty"));
    }

    @Test
    void notAWorkbookAndTruncatedWorkbookAreUnreadable() throws Exception {
        Path text = tmp.resolve("cells-objects.xlsx");
        Files.writeString(text, "Object ID\tSource file\n1\tx\n");
        List<Finding> f1 = checkFile(text, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_XLSX_UNREADABLE"), codes(f1));
        assertEquals(Location.NONE, f1.get(0).location());

        Path dir = ObjectsTables.folder(tmp, "cut");
        Path good = dir.resolve("cells-objects.xlsx");
        TableFiles.writeXlsx(good, "MAIN", clean());
        byte[] bytes = Files.readAllBytes(good);
        Files.write(good, Arrays.copyOf(bytes, bytes.length / 2));
        List<Finding> f2 = checkFile(good, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_XLSX_UNREADABLE"), codes(f2));
        assertFalse(f2.get(0).message().isBlank());
    }

    /** Copies {@code good} to {@code out}, dropping or rewriting parts (null content = dropped). */
    private static void rewriteParts(Path good, Path out, java.util.function.BiFunction<String, byte[], byte[]> edit) throws Exception {
        try (ZipFile in = new ZipFile(good.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zip = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = edit.apply(e.getName(), in.getInputStream(e).readAllBytes());
                if (data != null) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(data);
                    zip.closeEntry();
                }
            }
        }
    }

    /** A malformed workbook used to be saved back on close (writable OPCPackage): the input must stay byte-identical. */
    @Test
    void malformedWorkbooksAreNeverRewritten() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "readonly");
        Path good = dir.resolve("good.xlsx");
        TableFiles.writeXlsx(good, "MAIN", clean());
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET-MARKER-42");
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path noWorkbook = dir.resolve("cells-objects.xlsx");
        rewriteParts(good, noWorkbook, (name, data) -> name.equals("xl/workbook.xml") ? null : data);
        Path withDoctype = dir.resolve("doctype.xlsx");
        rewriteParts(good, withDoctype, (name, data) -> name.startsWith("xl/worksheets/sheet")
                ? new String(data, StandardCharsets.UTF_8).replaceFirst("\\?>", "?>" + doctype).replace("<sheetData>", "<sheetData>&xxe;")
                        .getBytes(StandardCharsets.UTF_8) : data);
        for (Path file : List.of(noWorkbook, withDoctype)) {
            byte[] before = Files.readAllBytes(file);
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
            List<Finding> findings = checkFile(file, MaskIndex.NONE);
            assertEquals(List.of("OBJECTS_XLSX_UNREADABLE"), codes(findings), file + ": " + ObjectsTables.comparable(findings));
            assertFalse(findings.get(0).message().contains("SECRET-MARKER"), findings.get(0).message());
            assertArrayEquals(before, Files.readAllBytes(file), file + " was modified");
            assertEquals(modified, Files.getLastModifiedTime(file), file + " was written");
        }
    }

    @Test
    void zipBombGuardRefusalIsAClearFinding() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "bomb");
        Path good = dir.resolve("good.xlsx");
        TableFiles.writeXlsx(good, "MAIN", clean());
        Path bomb = dir.resolve("cells-objects.xlsx");
        // the sheet XML padded with 20 MB of blanks between rows: valid XML, expands ~1000-fold
        try (ZipFile in = new ZipFile(good.toFile()); OutputStream os = Files.newOutputStream(bomb);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    xml = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000));
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        List<Finding> findings = checkFile(bomb, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_XLSX_ZIP_BOMB"), codes(findings), () -> ObjectsTables.comparable(findings).toString());
        assertTrue(findings.get(0).message().contains("zip-bomb"));
        assertFalse(findings.get(0).message().contains("ZipSecureFile"), "no API advice the user cannot follow");
    }

    @Test
    void sheetOtherThanMainIsReadWithAWarning() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "sheet");
        Path file = dir.resolve("cells-objects.xlsx");
        TableFiles.writeXlsx(file, "Sheet1", clean());
        List<Finding> findings = checkFile(file, MaskIndex.NONE);
        assertEquals(List.of("OBJECTS_XLSX_SHEET"), codes(findings));
        assertTrue(findings.get(0).message().contains("'Sheet1'"));
    }

    @Test
    void mainSheetIsFoundWhenItIsNotTheFirst() throws Exception {
        Path dir = ObjectsTables.folder(tmp, "second");
        Path file = dir.resolve("cells-objects.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
            Sheet main = wb.createSheet("MAIN");
            List<List<String>> rows = clean();
            for (int r = 0; r < rows.size(); r++) {
                Row row = main.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertEquals(List.of(), checkFile(file, ObjectsTables.masks()), "all-text cells read like numbers in TSV");
    }

    @Test
    void xlsxCellsOfEveryTypeBecomeTheTextASpreadsheetShows() throws Exception {
        Path file = tmp.resolve("types.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("MAIN").createRow(2);
            row.createCell(0).setCellValue(12.0);
            row.createCell(1).setCellValue(0.25);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellValue("  padded ");
            row.createCell(4).setCellFormula("20+22");
            row.createCell(6).setCellValue(-3.0);
            row.createCell(7).setCellValue(1e-7);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (XlsxRowSource src = new XlsxRowSource(file)) {
            assertEquals(1, src.next().number());
            assertTrue(src.next().isBlank(), "missing rows come back blank");
            TableRow r = src.next();
            assertEquals(3, r.number());
            assertArrayEquals(new String[] {"12", "0.25", "TRUE", "padded", "42", "", "-3", "0.0000001"}, r.cells());
            assertNull(src.next());
        }
    }

    @Test
    void canonicalNumbersRoundTripThroughNumericCells() {
        for (String s : List.of("0", "12", "-3", "0.25", "35.5", "1234567.125")) {
            assertTrue(CellText.isCanonicalNumber(s), s);
            assertEquals(s, CellText.number(Double.parseDouble(s)));
        }
        for (String s : List.of("007", "12.0", "+3", "1e3", "-0", "", "CL:0000000", "12345678901234567890")) {
            assertFalse(CellText.isCanonicalNumber(s), s);
        }
    }
}
