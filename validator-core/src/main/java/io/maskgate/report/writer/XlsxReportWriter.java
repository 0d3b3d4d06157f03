package io.maskgate.report.writer;

import io.maskgate.findings.Summary;
import io.maskgate.io.XlsxParts;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The XLSX report, streamed with POI's {@link SXSSFWorkbook}: a "Summary" sheet, "Findings" sheets (one row per
 * finding, rolling over to "Findings (2)" … at Excel's row limit) and one sheet per statistics table.
 *
 * <p>Output is byte-for-byte reproducible: the document's created date is fixed and, because POI stamps every zip
 * entry with the current time, the package is re-zipped with fixed entry times. On the way, integral numbers are
 * written as integers and the default cell style is added ({@link XlsxParts}).
 */
final class XlsxReportWriter implements ReportWriter {

    /** Rows per worksheet in Excel 2007 and later. */
    static final int EXCEL_MAX_ROWS = 1_048_576;
    /** Characters per cell in Excel. */
    static final int EXCEL_MAX_CELL_CHARS = 32_767;
    /** Largest integer a double (Excel's number) holds exactly. */
    private static final long EXACT_DOUBLE = 1L << 53;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Date FIXED_DATE = Date.from(Instant.parse("2000-01-01T00:00:00Z"));

    private final RuleLookup rules;
    private final int maxRowsPerSheet;

    XlsxReportWriter(RuleLookup rules) {
        this(rules, EXCEL_MAX_ROWS);
    }

    /** @param maxRowsPerSheet rows per sheet including the header row (lowered by tests to exercise the rollover) */
    XlsxReportWriter(RuleLookup rules, int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet must be in 2.." + EXCEL_MAX_ROWS);
        }
        this.rules = rules;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            SheetNames names = new SheetNames();
            Sheet summary = wb.createSheet(names.unique("Summary"));
            String findingsName = names.unique("Findings");
            Map<String, EnumSet<Severity>> severities = findings(report, wb, names, findingsName, bold);
            summary(report, severities, summary, bold);
            for (StatTable table : report.statistics()) {
                statistics(table, wb, names, bold);
            }
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setCreated(Optional.of(FIXED_DATE));
            props.setCreator(report.tool().name() + " " + report.tool().version());
            props.setTitle("maskgate report: " + report.target().path());
            writeReproducibly(wb, out);
        } finally {
            wb.close(); // also deletes the temporary sheet files
        }
    }

    /** Writes the findings sheets and returns the severities seen per code, for the summary. */
    private Map<String, EnumSet<Severity>> findings(Report report, SXSSFWorkbook wb, SheetNames names, String firstName,
                                                    CellStyle bold) {
        Map<String, EnumSet<Severity>> severities = new TreeMap<>();
        RollingSheet sheets = new RollingSheet(wb, names, "Findings", firstName, FindingColumns.HEADER, bold);
        int[] widths = new int[FindingColumns.HEADER.size()];
        Arrays.fill(widths, 12);
        widths[0] = 30;
        widths[3] = 30;
        widths[4] = 36;
        widths[widths.length - 2] = 80;
        widths[widths.length - 1] = 60;
        sheets.widths = widths;
        sheets.start();
        for (Finding f : report.findings()) {
            severities.computeIfAbsent(f.code(), c -> EnumSet.noneOf(Severity.class)).add(f.severity());
            Row row = sheets.nextRow();
            Object[] values = FindingColumns.values(f);
            for (int c = 0; c < values.length; c++) {
                cell(row, c, values[c]);
            }
        }
        sheets.finish();
        return severities;
    }

    private void summary(Report report, Map<String, EnumSet<Severity>> severities, Sheet sheet, CellStyle bold) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        int r = 0;
        header(sheet.createRow(r++), bold, List.of("maskgate report", ""));
        sheet.createFreezePane(0, 1);
        r = pair(sheet, r, "Target", report.target().path());
        r = pair(sheet, r, "Kind", report.target().kind());
        r = pair(sheet, r, "Detail", report.target().detail());
        if (report.target().profile() != null) {
            r = pair(sheet, r, "Profile", report.target().profile().name());
            r = pair(sheet, r, "Profile reason", report.target().profile().reason());
        }
        r = pair(sheet, r, "Tool", report.tool().name() + " " + report.tool().version());
        r = pair(sheet, r, "Report version", report.reportVersion());
        for (Map.Entry<String, Object> e : report.options().entrySet()) {
            r = pair(sheet, r, "Option " + e.getKey(), e.getValue());
        }
        r++;
        header(sheet.createRow(r++), bold, List.of("Severity", "Findings"));
        Summary s = report.summary();
        r = pair(sheet, r, "Errors", s.errors());
        r = pair(sheet, r, "Warnings", s.warnings());
        r = pair(sheet, r, "Infos", s.infos());
        r = pair(sheet, r, "Total", s.total());
        r++;
        header(sheet.createRow(r++), bold, List.of("Code", "Severity", "Findings", "Rule summary"));
        for (Map.Entry<String, Long> e : s.byCode().entrySet()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, e.getKey());
            StringJoiner sev = new StringJoiner(", ");
            for (Severity v : severities.getOrDefault(e.getKey(), EnumSet.noneOf(Severity.class))) {
                sev.add(v.id());
            }
            cell(row, 1, sev.toString());
            cell(row, 2, e.getValue());
            cell(row, 3, rules.summary(e.getKey()));
        }
        r++;
        header(sheet.createRow(r++), bold, List.of("What was checked", "Count", "Detail"));
        for (Checked c : report.checked()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, c.what());
            cell(row, 1, c.count());
            cell(row, 2, c.detail());
        }
        if (!report.statistics().isEmpty()) {
            r++;
            header(sheet.createRow(r++), bold, List.of("Statistics table", "Description", "Rows"));
            for (StatTable t : report.statistics()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, t.name());
                cell(row, 1, t.description());
                cell(row, 2, t.rows().size());
            }
        }
    }

    private void statistics(StatTable table, SXSSFWorkbook wb, SheetNames names, CellStyle bold) {
        RollingSheet sheets = new RollingSheet(wb, names, table.name(), names.unique(table.name()), table.columns(), bold);
        sheets.start();
        for (List<Object> values : table.rows()) {
            Row row = sheets.nextRow();
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c));
            }
        }
        sheets.finish();
    }

    /** Sheets of one table: a bold, frozen header row on each, and a new sheet when one is full. */
    private final class RollingSheet {
        private final SXSSFWorkbook wb;
        private final SheetNames names;
        private final String baseName;
        private final List<String> header;
        private final CellStyle bold;
        private String nextName;
        private int[] widths;
        private Sheet current;
        private int rowIndex;
        private int part = 1;

        RollingSheet(SXSSFWorkbook wb, SheetNames names, String baseName, String firstName, List<String> header, CellStyle bold) {
            this.wb = wb;
            this.names = names;
            this.baseName = baseName;
            this.nextName = firstName;
            this.header = header;
            this.bold = bold;
        }

        void start() {
            current = wb.createSheet(nextName);
            header(current.createRow(0), bold, header);
            current.createFreezePane(0, 1);
            if (!header.isEmpty()) {
                current.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
            }
            rowIndex = 1;
        }

        /**
         * Sets the column widths once the rows are written: while columns are defined, POI looks up each new
         * cell's column style in the sheet XML, which made writing several times slower.
         */
        void finish() {
            for (int c = 0; c < header.size(); c++) {
                int w = widths != null ? widths[c] : Math.max(12, Math.min(60, header.get(c).length() + 4));
                current.setColumnWidth(c, w * 256);
            }
        }

        Row nextRow() {
            if (rowIndex >= maxRowsPerSheet) {
                finish();
                part++;
                nextName = names.unique(baseName + " (" + part + ")");
                start();
            }
            return current.createRow(rowIndex++);
        }
    }

    private static void header(Row row, CellStyle bold, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(bold);
        }
    }

    private static int pair(Sheet sheet, int r, String key, Object value) {
        Row row = sheet.createRow(r);
        cell(row, 0, key);
        cell(row, 1, value);
        return r + 1;
    }

    /** One cell: numbers as numbers when Excel can hold them exactly, text cut to Excel's cell limit with a marker. */
    static void cell(Row row, int column, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if ((v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte)
                && Math.abs(((Number) v).longValue()) <= EXACT_DOUBLE) {
            cell.setCellValue((double) ((Number) v).longValue());
        } else if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
            cell.setCellValue(((Number) v).doubleValue());
        } else {
            cell.setCellValue(Texts.truncate(Texts.printable(v.toString()), EXCEL_MAX_CELL_CHARS));
        }
    }

    /**
     * Writes the workbook to a temporary file, then copies its zip entries to {@code out} with a fixed time stamp
     * (in local date-time form, so the bytes do not depend on the time zone either).
     */
    private static void writeReproducibly(SXSSFWorkbook wb, OutputStream out) throws IOException {
        Path tmp = Files.createTempFile("maskgate-report", ".xlsx");
        try {
            try (OutputStream fileOut = Files.newOutputStream(tmp)) {
                wb.write(fileOut);
            }
            XlsxParts.copyReproducibly(tmp, out, FIXED_TIME);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
