package io.maskgate.objects;

import io.maskgate.io.AtomicFiles;
import io.maskgate.io.XlsxParts;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes one XLSX sheet row by row as rows arrive, with POI's streaming {@code SXSSFWorkbook} (a window of rows
 * in memory, inline strings: SXSSF's shared-strings mode is several times slower on large tables). Cells whose
 * text is a number in the form the reader gives back ({@code 12}, {@code 0.5}) are stored as numbers, everything
 * else as text, so reading the file returns exactly the given texts; a null or empty cell is an empty cell and a
 * row whose cells are all empty is left out. Nothing appears at the file until {@link #finish()}; closing an
 * unfinished writer discards everything. The file is reproducible (fixed time stamps: same rows, same bytes),
 * integral numbers are written as integers and the default cell style is present ({@link XlsxParts}).
 */
public final class XlsxTableWriter implements AutoCloseable {

    /** Rows one sheet holds (Excel 2007 and later). */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Date FIXED_DATE = Date.from(Instant.parse("2000-01-01T00:00:00Z"));

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private int next;
    private boolean finished;

    /** A writer of sheet {@code sheetName} of {@code file}. */
    public XlsxTableWriter(Path file, String sheetName) {
        this.file = file;
        this.workbook = new SXSSFWorkbook(null, 100, false, false);
        this.sheet = workbook.createSheet(sheetName);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(FIXED_DATE));
    }

    /** A writer of an objects table: sheet {@code MAIN}, the sheet HuBMAP's template and maskgate's reader use. */
    public static XlsxTableWriter objectsTable(Path file) {
        return new XlsxTableWriter(file, XlsxRowSource.SHEET);
    }

    /** Rows written so far, blank ones included. */
    public int rows() {
        return next;
    }

    /** Adds the next row. @throws IOException when the sheet is full ({@link #MAX_ROWS} rows) */
    public void row(List<String> cells) throws IOException {
        if (next >= MAX_ROWS) {
            throw new IOException(file + ": one sheet holds " + MAX_ROWS + " rows; this table has more");
        }
        boolean any = false;
        for (String cell : cells) {
            any |= cell != null && !cell.isEmpty();
        }
        if (any) {
            Row row = sheet.createRow(next);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v == null || v.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (CellText.isCanonicalNumber(v)) {
                    cell.setCellValue(Double.parseDouble(v));
                } else {
                    cell.setCellValue(v);
                }
            }
        }
        next++;
    }

    /** Writes the workbook to the file, atomically (temporary sibling + move). */
    public void finish() throws IOException {
        Path tmp = Files.createTempFile("maskgate-table", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
            AtomicFiles.write(file, out -> XlsxParts.copyReproducibly(tmp, out, FIXED_TIME));
        } finally {
            Files.deleteIfExists(tmp);
        }
        finished = true;
    }

    /** Whether {@link #finish()} wrote the file. */
    public boolean finished() {
        return finished;
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary sheet files
    }
}
