package io.maskgate.cli;

import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFiles;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.report.writer.ReportWriter;
import io.maskgate.report.writer.ReportWriters;
import picocli.CommandLine.ParameterException;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Where each report format goes. Without {@code -o}: text to standard error (it is for people), one
 * machine-readable format to standard output. With {@code -o}: a file for one format, or a directory
 * of {@code maskgate-report.<ext>} files.
 */
final class ReportOutput {

    private final List<ReportFormat> formats;
    private final Path file;
    private final Path directory;

    private ReportOutput(List<ReportFormat> formats, Path file, Path directory) {
        this.formats = formats;
        this.file = file;
        this.directory = directory;
    }

    /** Checks the combination before any work is done; usage errors come from {@code usage}. */
    static ReportOutput plan(List<ReportFormat> formats, Path output, Function<String, ParameterException> usage) {
        if (output == null) {
            if (formats.contains(ReportFormat.XLSX)) {
                throw usage.apply("--format xlsx needs -o FILE or -o DIR (a workbook is not written to a terminal)");
            }
            long machine = formats.stream().filter(f -> f != ReportFormat.TEXT).count();
            if (machine > 1) {
                throw usage.apply("several machine-readable formats need -o DIR (standard output takes one)");
            }
            return new ReportOutput(formats, null, null);
        }
        boolean asDirectory = formats.size() > 1 || Files.isDirectory(output)
                || output.toString().endsWith("/") || output.toString().endsWith(File.separator);
        if (!asDirectory && Files.exists(output) && !Files.isRegularFile(output)) {
            throw usage.apply("-o " + output + " is neither a regular file nor a directory");
        }
        if (asDirectory && Files.exists(output) && !Files.isDirectory(output)) {
            throw usage.apply("-o " + output + " must be a directory for several formats, but it is a file");
        }
        return asDirectory ? new ReportOutput(formats, null, output) : new ReportOutput(formats, output, null);
    }

    /** True when {@code format} is among the formats to write. */
    boolean includes(ReportFormat format) {
        return formats.contains(format);
    }

    /**
     * Writes every format; returns the files written (none when everything went to the streams). {@code fileStyle}
     * shapes the files and machine formats, the console report takes colour and verbosity from it too.
     */
    List<Path> write(Report report, boolean colour, ReportStyle fileStyle, Console console, CliEnvironment environment)
            throws IOException {
        boolean verbose = fileStyle.verbose();
        if (directory != null) {
            return ReportFiles.writeAll(report, formats, directory, fileStyle);
        }
        if (file != null) {
            ReportWriters.writeAtomically(file, ReportWriters.forFormat(formats.get(0), fileStyle), report);
            return List.of(file);
        }
        for (ReportFormat format : formats) {
            if (format == ReportFormat.TEXT) {
                console.textReport(report, colour, verbose);
            } else {
                writeTo(environment.out(), ReportWriters.forFormat(format, fileStyle), report);
            }
        }
        return List.of();
    }

    private static void writeTo(PrintStream stream, ReportWriter writer, Report report)
            throws IOException {
        writer.write(report, stream);
        stream.flush();
        if (stream.checkError()) { // a PrintStream swallows write errors: a full disk must not look like success
            throw new IOException("could not write the report to standard output (disk full or output closed)");
        }
    }
}
