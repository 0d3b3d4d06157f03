package io.maskgate.objects;

import io.maskgate.io.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes raw table rows as TSV, CSV or XLSX, atomically (temporary file + move). For fixtures and
 * tests that need tables exactly as given, broken ones included; {@link ObjectsTableWriter} builds
 * valid objects tables on top of it. A null or empty cell is an empty cell; an XLSX row whose cells
 * are all empty is left out of the sheet, as spreadsheet programs do. {@link #read} gives the rows of
 * a small table back, as the checks read them, so that fixtures can edit and rewrite it.
 */
public final class TableFiles {

    private static final CSVFormat TSV_OUT = CSVFormat.TDF.builder().setRecordSeparator('\n').get();
    private static final CSVFormat CSV_OUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private TableFiles() {
    }

    /** Writes UTF-8 tab-separated text; fields are quoted only when they contain a tab, quote or line break. */
    public static void writeTsv(Path file, Iterable<? extends List<String>> rows) throws IOException {
        writeDelimited(file, rows, TSV_OUT);
    }

    /** Writes UTF-8 comma-separated text (RFC 4180 quoting, {@code \n} line ends). */
    public static void writeCsv(Path file, Iterable<? extends List<String>> rows) throws IOException {
        writeDelimited(file, rows, CSV_OUT);
    }

    private static void writeDelimited(Path file, Iterable<? extends List<String>> rows, CSVFormat format) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, format);
            for (List<String> row : rows) {
                for (String cell : row) {
                    printer.print(cell == null ? "" : cell);
                }
                printer.println();
            }
            printer.flush();
        });
    }

    /**
     * Writes one sheet with POI's streaming {@code SXSSFWorkbook}: a window of rows in memory, inline
     * strings (SXSSF's shared-strings mode is several times slower on large tables). Cells whose text is a number in the form the reader gives back
     * ({@code 12}, {@code 0.5}) are stored as numbers, everything else as text, so reading the file
     * returns exactly the given texts.
     */
    public static void writeXlsx(Path file, String sheetName, Iterable<? extends List<String>> rows) throws IOException {
        try (XlsxTableWriter w = new XlsxTableWriter(file, sheetName)) {
            for (List<String> row : rows) {
                w.row(row);
            }
            w.finish();
        }
    }

    /**
     * Reads a table back as the objects checks see it: one list per row, Excel-true (index 0 = row 1,
     * blank rows as empty lists), cells as trimmed texts. {@code .xlsx} files are read from sheet
     * {@code MAIN} (else the first sheet), {@code .csv} files as comma-separated, anything else as
     * tab-separated UTF-8. For fixtures that edit small tables; the whole table is held in memory, so
     * more than {@code maxRows} rows are refused.
     *
     * @throws IOException when the file cannot be read as a table or has more than {@code maxRows} rows
     */
    public static List<List<String>> read(Path file, int maxRows) throws IOException {
        String name = file.getFileName().toString();
        List<List<String>> rows = new ArrayList<>();
        try (RowSource src = name.endsWith(".xlsx") ? new XlsxRowSource(file)
                : new DelimitedRowSource(file, name.endsWith(".csv") ? DelimitedRowSource.CSV : DelimitedRowSource.TSV,
                        TsvUnreadable.class)) {
            TableRow r;
            while ((r = src.next()) != null) {
                if (rows.size() >= maxRows) {
                    throw new IOException(file + " has more than " + maxRows + " rows");
                }
                rows.add(r.isBlank() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(r.cells())));
            }
        } catch (TableReadException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return rows;
    }

}
