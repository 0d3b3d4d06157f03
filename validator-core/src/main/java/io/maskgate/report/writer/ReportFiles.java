package io.maskgate.report.writer;

import io.maskgate.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Report files in a directory, one {@code maskgate-report.<ext>} per format: the layout of
 * {@code maskgate validate -o DIR} and of the Maven plugin's report directory.
 */
public final class ReportFiles {

    /** Base name of every report file. */
    public static final String BASE_NAME = "maskgate-report";

    private ReportFiles() {
    }

    /** {@code dir/maskgate-report.<ext>} */
    public static Path fileFor(Path dir, ReportFormat format) {
        return dir.resolve(BASE_NAME + "." + format.extension());
    }

    /**
     * Writes {@code report} in every format into {@code dir} (created when missing), each file
     * atomically; returns the files in the order of {@code formats}, then, with the TSV format, the agreement
     * intervals ({@value AgreementIntervalsWriter#FILE_NAME}) when the report has an agreement section.
     * Only what was asked for is written: the intervals TSV is the TSV report's companion.
     */
    public static List<Path> writeAll(Report report, List<ReportFormat> formats, Path dir, ReportStyle style)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = fileFor(dir, format);
            ReportWriters.writeAtomically(file, ReportWriters.forFormat(format, style), report);
            written.add(file);
        }
        if (report.agreement() != null && formats.contains(ReportFormat.TSV)) {
            Path intervals = AgreementIntervalsWriter.fileIn(dir);
            ReportWriters.writeAtomically(intervals, new AgreementIntervalsWriter(), report);
            written.add(intervals);
        }
        return written;
    }
}
