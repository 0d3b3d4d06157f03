package io.maskgate.report.writer;

import io.maskgate.engine.Areas;
import io.maskgate.report.Report;

import io.maskgate.io.AtomicFiles;
import io.maskgate.rules.RuleCatalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** Factory of the report writers, and atomic writing of a report file. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /** A writer for {@code format}, shaped by {@code style}. */
    public static ReportWriter forFormat(ReportFormat format, ReportStyle style) {
        return forFormat(format, style, Areas.ruleCatalog());
    }

    /** As {@link #forFormat(ReportFormat, ReportStyle)}, with rule summaries and hints taken from {@code catalog}. */
    public static ReportWriter forFormat(ReportFormat format, ReportStyle style, RuleCatalog catalog) {
        Objects.requireNonNull(style, "style");
        RuleLookup rules = new RuleLookup(catalog);
        return switch (format) {
            case TEXT -> new TextReportWriter(style, rules);
            case JSON -> new JsonReportWriter();
            case TSV -> new TsvReportWriter();
            case XLSX -> new XlsxReportWriter(rules);
            case SARIF -> new SarifReportWriter(rules, style.sourceRoot());
            case JUNIT -> new JunitReportWriter(rules, style.failOn());
            case HTML -> new HtmlReportWriter(style, rules);
        };
    }

    /**
     * Writes {@code report} to {@code file} atomically: into a temporary file in the same folder, flushed to disk,
     * then moved over {@code file} (an atomic move where the file system supports it, a plain replacing move
     * otherwise). A reader never sees a half-written report, and a failed write leaves the old file alone.
     * Missing parent folders are created.
     */
    public static void writeAtomically(Path file, ReportWriter writer, Report report) throws IOException {
        AtomicFiles.write(file, out -> writer.write(report, out));
    }
}
