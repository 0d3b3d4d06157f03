package io.maskgate.report.writer;

import io.maskgate.agreement.AgreementCollector;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ambiguous intervals of the hypothesis agreement as TSV, one interval per row after a header row (trench, fov,
 * start, end, frames, ambiguousFrames, hypotheses, kind): the input a repair-based tracker reads. Quoted like the
 * TSV report. A report without agreement gives the header only.
 */
public final class AgreementIntervalsWriter implements ReportWriter {

    /** File name of the intervals next to the reports. */
    public static final String FILE_NAME = "maskgate-agreement-intervals.tsv";

    /** The intervals table of {@code report}, when it has one. */
    public static Optional<StatTable> intervals(Report report) {
        return report.statistics().stream().filter(t -> t.name().equals(AgreementCollector.INTERVALS)).findFirst();
    }

    /** {@code dir/maskgate-agreement-intervals.tsv} */
    public static Path fileIn(Path dir) {
        return dir.resolve(FILE_NAME);
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(w, TsvReportWriter.FORMAT); // not closed: the caller owns the stream
        StatTable table = intervals(report).orElse(null);
        printer.printRecord(table == null ? List.of("trench", "fov", "start", "end", "frames", "ambiguousFrames",
                "hypotheses", "kind") : table.columns());
        if (table != null) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toArray());
            }
        }
        printer.flush();
    }
}
