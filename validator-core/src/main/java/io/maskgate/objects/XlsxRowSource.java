package io.maskgate.objects;

import com.github.pjfanning.xlsx.StreamingReader;
import io.maskgate.io.InputBoundary;
import io.maskgate.rules.Location;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Reads the {@code MAIN} sheet of an XLSX objects table with excel-streaming-reader: the sheet XML
 * is parsed as a stream and only {@value #ROW_CACHE} rows are held at a time, so a 300,000-row table
 * fits in a small heap (POI's {@code XSSFWorkbook} would build the whole sheet in memory).
 * Rows absent from the XML (empty rows) come back blank.
 */
final class XlsxRowSource implements RowSource {

    static final String SHEET = "MAIN";
    static final int ROW_CACHE = 100;
    /** Excel's column limit (XFD); cells beyond it cannot come from a real spreadsheet and are ignored. */
    static final int MAX_COLUMNS = 16_384;

    private final Workbook workbook;
    private final String sheetName;
    private final boolean fallback;
    private final Iterator<Row> rows;
    private long expected = 1;
    private long lastRead;
    private TableRow pending;

    XlsxRowSource(Path file) throws TableReadException {
        this(InputBoundary.unconfined(), file);
    }

    /** Opens {@code file} within {@code inputs}: the reader gets a read-only stream, never the file itself. */
    XlsxRowSource(InputBoundary inputs, Path file) throws TableReadException {
        Workbook wb = null;
        // From a stream, never from the file: excel-streaming-reader opens a File as a writable OPCPackage, and POI
        // saves a writable package on close, rewriting a malformed input on disk. The stream is copied to a private
        // temporary file first, deleted when the workbook closes.
        Path copy = null;
        try (InputStream raw = new java.io.BufferedInputStream(inputs.newInputStream(file), 8192)) {
            InputStream in = raw;
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                // a zip: every XML part's prolog is checked for a DOCTYPE before any parser sees the workbook, on a
                // private copy of the stream (owner-only temporary file), never on the input itself
                copy = Files.createTempFile("maskgate-xlsx-", ".xlsx");
                Files.copy(raw, copy, StandardCopyOption.REPLACE_EXISTING);
                XlsxPrologScan.check(copy);
                in = Files.newInputStream(copy);
            }
            try (InputStream workbookIn = in) {
                wb = open(workbookIn);
            }
            if (wb.getNumberOfSheets() == 0) {
                throw new TableReadException(XlsxUnreadable.class, Location.NONE, "the workbook has no sheets", "", null);
            }
            // by name through the index: the streaming workbook throws for a missing sheet name
            int index = 0;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (SHEET.equals(wb.getSheetName(i))) {
                    index = i;
                    break;
                }
            }
            Sheet sheet = wb.getSheetAt(index);
            this.fallback = !SHEET.equals(sheet.getSheetName());
            this.sheetName = sheet.getSheetName();
            this.rows = sheet.rowIterator();
            this.workbook = wb;
        } catch (TableReadException e) {
            closeQuietly(wb);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(wb);
            throw openFailure(e);
        } catch (IOException e) {
            closeQuietly(wb);
            throw new TableReadException(XlsxUnreadable.class, Location.NONE, "cannot read the file: " + e.getMessage(), "", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a leftover private temporary file; the reader made its own copy
                }
            }
        }
    }

    private static Workbook open(InputStream in) {
        return StreamingReader.builder()
                .rowCacheSize(ROW_CACHE)
                .bufferSize(8192)
                .setReadComments(false)
                .setReadHyperlinks(false)
                .setReadShapes(false)
                .setReadCoreProperties(false)
                .setReadStyles(false) // cell styles only format values; skipping them saves time and memory
                .open(in);
    }

    /** Name of the sheet being read. */
    String sheetName() {
        return sheetName;
    }

    /** True when there is no {@code MAIN} sheet and the first sheet is read instead. */
    boolean usedFallbackSheet() {
        return fallback;
    }

    @Override
    public TableRow next() throws TableReadException {
        if (pending == null) {
            pending = readRow();
            if (pending == null) {
                return null;
            }
        }
        if (pending.number() > expected) {
            return TableRow.blank(expected++);
        }
        TableRow r = pending;
        pending = null;
        expected = r.number() + 1;
        return r;
    }

    private TableRow readRow() throws TableReadException {
        Row row;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            row = rows.next();
        } catch (RuntimeException e) {
            throw readFailure(e);
        }
        long number = row.getRowNum() + 1L;
        lastRead = number;
        String[] cells = new String[Math.max(0, Math.min(row.getLastCellNum(), MAX_COLUMNS))];
        Arrays.fill(cells, "");
        try {
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c < 0 || c >= MAX_COLUMNS) {
                    continue;
                }
                if (c >= cells.length) {
                    int old = cells.length;
                    cells = Arrays.copyOf(cells, c + 1);
                    Arrays.fill(cells, old, cells.length, "");
                }
                cells[c] = text(cell).strip();
            }
        } catch (RuntimeException e) {
            throw readFailure(e);
        }
        return new TableRow(number, cells);
    }

    /** The cell as text, the same way for every cell type so that TSV and XLSX tables compare equal. */
    static String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> CellText.number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    private TableReadException openFailure(Exception e) {
        if (isZipBomb(e)) {
            return zipBomb(e, Location.NONE);
        }
        String name = e.getClass().getSimpleName();
        String hint;
        if (name.contains("OLE2") || name.contains("Encrypted") || messageChain(e).contains("encrypt")) {
            hint = "The file is an old .xls workbook or password-protected: save it unprotected as Excel Workbook (.xlsx).";
        } else {
            hint = "Save the table as Excel Workbook (.xlsx) with a sheet named MAIN, or as UTF-8 TSV.";
        }
        return new TableReadException(XlsxUnreadable.class, Location.NONE,
                "the file cannot be opened as an XLSX workbook: " + rootMessage(e), hint, e);
    }

    private TableReadException readFailure(RuntimeException e) {
        Location at = Location.cell(lastRead + 1, null);
        if (isZipBomb(e)) {
            return zipBomb(e, at);
        }
        return new TableReadException(XlsxUnreadable.class, at,
                "reading stopped after row " + lastRead + ": " + rootMessage(e),
                "Open and re-save the workbook in Excel or LibreOffice; the sheet XML is damaged.", e);
    }

    private static TableReadException zipBomb(Exception e, Location at) {
        StringBuilder detail = new StringBuilder();
        String guard = "";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.toLowerCase(java.util.Locale.ROOT).contains("zip bomb") || m.contains("malicious"))) {
                guard = m;
            }
        }
        for (String line : guard.split("\n", -1)) {
            if (line.startsWith("Uncompressed size") || line.startsWith("Limits")) {
                detail.append(detail.length() == 0 ? "" : "; ").append(line.trim());
            }
        }
        return new TableReadException(XlsxZipBomb.class, at,
                "POI's zip-bomb guard refused to expand the workbook: a part expands far more than real spreadsheets do"
                        + (detail.length() > 0 ? " (" + detail + ")" : ""), "", e);
    }

    static boolean isZipBomb(Throwable e) {
        String m = messageChain(e);
        return m.contains("zip bomb") || m.contains("potentially malicious");
    }

    private static String messageChain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void closeQuietly(Workbook wb) {
        if (wb != null) {
            try {
                wb.close();
            } catch (IOException | RuntimeException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }
}
