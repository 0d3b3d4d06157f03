package io.maskgate.report.writer;

import io.maskgate.report.Report;

import io.maskgate.rules.Finding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * One finding per row after a header row (see {@link FindingColumns#HEADER}). Control characters are escaped
 * ({@link Texts#printable}: a tab or newline in a name is {@code \t} or {@code \n}), so every record is one line
 * of tab-separated cells for cut, awk and spreadsheets; quotes and surrounding spaces are quoted CSV-style by
 * commons-csv, so {@link #FORMAT} reads the file back.
 */
final class TsvReportWriter implements ReportWriter {

    /** Tab-separated, {@code "}-quoted where needed, {@code \n} line ends, spaces kept. */
    static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setRecordSeparator("\n")
            .get();

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(w, FORMAT); // not closed: the caller owns the stream
        printer.printRecord(FindingColumns.HEADER);
        String[] cells = new String[FindingColumns.HEADER.size()];
        for (Finding f : report.findings()) {
            Object[] values = FindingColumns.values(f);
            for (int i = 0; i < values.length; i++) {
                cells[i] = values[i] == null ? "" : Texts.printable(values[i].toString());
            }
            printer.printRecord((Object[]) cells);
        }
        printer.flush();
    }
}
