package io.maskgate.report;

import io.maskgate.rules.RuleCatalog;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/** Factory of the report writers, and atomic writing of a report file. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /** A writer for {@code format}; {@code style} shapes the text (console) report only. */
    public static ReportWriter forFormat(ReportFormat format, ReportStyle style) {
        return forFormat(format, style, new RuleCatalog());
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
            case SARIF -> new SarifReportWriter(rules);
            case JUNIT -> new JunitReportWriter(rules);
        };
    }

    /**
     * Writes {@code report} to {@code file} atomically: into a temporary file in the same folder, flushed to disk,
     * then moved over {@code file} (an atomic move where the file system supports it, a plain replacing move
     * otherwise). A reader never sees a half-written report, and a failed write leaves the old file alone.
     * Missing parent folders are created.
     */
    public static void writeAtomically(Path file, ReportWriter writer, Report report) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: that creates the file owner-only, and the report would keep those permissions.
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.write(report, out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
