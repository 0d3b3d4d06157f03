package io.maskgate.report.writer;

import io.maskgate.io.SafeText;

import io.maskgate.engine.Areas;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxReportWriterTest {

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    private static String text(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? Long.toString((long) c.getNumericCellValue()) : c.toString();
    }

    @Test
    void hasSummaryFindingsAndStatisticsSheets() throws IOException {
        Report report = SampleReports.mixed();
        try (XSSFWorkbook wb = open(WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.XLSX, ReportStyle.defaults()), report))) {
            assertEquals(List.of("Summary", "Findings", "perHypothesis"), sheetNames(wb));

            Sheet findings = wb.getSheet("Findings");
            assertEquals(report.findings().size(), findings.getLastRowNum());
            for (int c = 0; c < FindingColumns.HEADER.size(); c++) {
                assertEquals(FindingColumns.HEADER.get(c), text(findings, 0, c));
                assertTrue(wb.getFontAt(findings.getRow(0).getCell(c).getCellStyle().getFontIndex()).getBold());
            }
            assertNotNull(findings.getPaneInformation());
            assertEquals(1, findings.getPaneInformation().getHorizontalSplitPosition());
            int message = FindingColumns.HEADER.indexOf("message");
            boolean messy = false;
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                messy |= text(findings, r, message).equals(SafeText.escape(SampleReports.MESSY));
            }
            assertTrue(messy);
            Row first = findings.getRow(1);
            assertEquals("INPUT_UNRECOGNISED_TARGET", first.getCell(0).getStringCellValue());
            Row mask = findings.getRow(5); // sorted: "", image…, masks/c/0/0
            assertEquals("LABEL_TOUCHES_BORDER", mask.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, mask.getCell(FindingColumns.HEADER.indexOf("epoch")).getCellType());
            assertEquals(800, mask.getCell(FindingColumns.HEADER.indexOf("epoch")).getNumericCellValue());

            Sheet summary = wb.getSheet("Summary");
            String all = dump(summary);
            assertTrue(all.contains("Target | data/store.zarr"), all);
            assertTrue(all.contains("Profile | mask-store"), all);
            assertTrue(all.contains("Profile reason | " + SampleReports.PROFILE.reason()), all);
            assertTrue(all.contains("Errors | 2"), all);
            assertTrue(all.contains("Warnings | 11"), all);
            assertTrue(all.contains("INPUT_UNRECOGNISED_TARGET | error | 1 | The target must be"), all);
            assertTrue(all.contains("chunks | 47515 | all hypotheses, all trenches"), all);
            assertTrue(all.contains("Option hubmapSchemaMode | latest"), all);

            Sheet stats = wb.getSheet("perHypothesis");
            assertEquals("meanArea", text(stats, 0, 2));
            assertEquals(54.5, stats.getRow(1).getCell(2).getNumericCellValue());
            assertTrue(stats.getRow(1).getCell(3).getBooleanCellValue());
            assertEquals("NaN", stats.getRow(2).getCell(2).getStringCellValue());
        }
    }

    @Test
    void findingsRollOverToNewSheetsAtTheRowLimit() throws IOException {
        Report report = SampleReports.many(11, 3);
        XlsxReportWriter writer = new XlsxReportWriter(new RuleLookup(Areas.ruleCatalog()), 5); // header + 4 findings
        try (XSSFWorkbook wb = open(WriterOutput.bytes(writer, report))) {
            assertEquals(List.of("Summary", "Findings", "Findings (2)", "Findings (3)"), sheetNames(wb));
            assertEquals(4, wb.getSheet("Findings").getLastRowNum());
            assertEquals(4, wb.getSheet("Findings (2)").getLastRowNum());
            assertEquals(3, wb.getSheet("Findings (3)").getLastRowNum());
            assertEquals("code", text(wb.getSheet("Findings (3)"), 0, 0));
            List<String> messages = new ArrayList<>();
            int message = FindingColumns.HEADER.indexOf("message");
            for (String name : List.of("Findings", "Findings (2)", "Findings (3)")) {
                Sheet s = wb.getSheet(name);
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    messages.add(text(s, r, message));
                }
            }
            assertEquals(report.findings().stream().map(Finding::message).toList(), messages);
        }
    }

    @Test
    void longCellsAreCutVisiblyToExcelsLimit() throws IOException {
        String huge = "x".repeat(40_000);
        Finding f = new Finding("INPUT_X", Severity.ERROR, Category.INPUT, "f", Location.NONE, huge, "");
        Report report = SampleReports.report(List.of(f), List.of(), List.of(), Map.of());
        try (XSSFWorkbook wb = open(WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.XLSX, ReportStyle.defaults()), report))) {
            String cell = text(wb.getSheet("Findings"), 1, FindingColumns.HEADER.indexOf("message"));
            assertTrue(cell.length() <= XlsxReportWriter.EXCEL_MAX_CELL_CHARS, "length " + cell.length());
            assertTrue(cell.endsWith("[truncated: 40000 characters in total]"), cell.substring(cell.length() - 60));
            assertTrue(cell.startsWith("xxxx"));
        }
    }

    @Test
    void statisticsSheetNamesFollowExcelsRules() throws IOException {
        List<Object> row = Arrays.asList((Object) 1);
        List<StatTable> tables = List.of(
                new StatTable("Findings", "clashes with the findings sheet", List.of("c"), List.of(row)),
                new StatTable("a/b:c*d?e[f]g\\h and a very long name beyond thirty-one", "", List.of("c"), List.of(row)),
                new StatTable("a/b:c*d?e[f]g\\h and a very long name beyond thirty-one", "", List.of("c"), List.of(row)));
        Report report = SampleReports.report(List.of(), List.of(), tables, Map.of());
        try (XSSFWorkbook wb = open(WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.XLSX, ReportStyle.defaults()), report))) {
            List<String> names = sheetNames(wb);
            assertEquals(5, names.size(), names.toString());
            assertEquals("Findings (2)", names.get(2));
            assertEquals("a_b_c_d_e_f_g_h and a very long", names.get(3));
            assertEquals("a_b_c_d_e_f_g_h and a very (2)", names.get(4));
            for (String n : names) {
                assertTrue(n.length() <= 31, n);
            }
        }
    }

    @Test
    void outputIsByteForByteReproducible() throws IOException {
        ReportWriter w = ReportWriters.forFormat(ReportFormat.XLSX, ReportStyle.defaults());
        byte[] bytes = WriterOutput.bytes(w, SampleReports.mixed());
        assertArrayEquals(bytes, WriterOutput.bytes(w, SampleReports.mixed()));
        // what makes it so: fixed zip entry times (POI stamps the current time) and a fixed created date
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                entries++;
            }
        }
        assertTrue(entries > 5);
        try (XSSFWorkbook wb = open(bytes)) {
            assertEquals(Instant.parse("2000-01-01T00:00:00Z"),
                    wb.getProperties().getCoreProperties().getCreated().toInstant());
        }
    }

    @Test
    void sheetNameSanitising() {
        assertEquals("Sheet", SheetNames.sanitise("''"));
        assertEquals("history_", SheetNames.sanitise("history"));
        SheetNames names = new SheetNames();
        assertEquals("Summary", names.unique("Summary"));
        assertEquals("summary (2)", names.unique("summary"));
    }

    private static String dump(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                sb.append('\n');
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(sheet, r, c));
            }
            sb.append(String.join(" | ", cells)).append('\n');
        }
        return sb.toString();
    }
}
