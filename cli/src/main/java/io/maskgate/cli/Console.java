package io.maskgate.cli;

import io.maskgate.engine.PeriodicProgress;
import io.maskgate.io.SafeText;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.report.writer.ReportWriters;
import io.maskgate.validation.ProgressListener;

import java.io.IOException;
import java.io.PrintStream;

/** Human output on standard error, shared by the commands: progress, the console report, one-line notes. */
final class Console {

    private final CliEnvironment environment;
    private final boolean quiet;
    private final boolean showProgress;

    Console(CliEnvironment environment, boolean quiet, boolean showProgress) {
        this.environment = environment;
        this.quiet = quiet;
        this.showProgress = showProgress && !quiet;
    }

    PrintStream err() {
        return environment.err();
    }

    /** A line prefixed {@code maskgate: }, unless quiet. */
    void note(String line) {
        if (!quiet) {
            environment.err().println("maskgate: " + SafeText.escape(line)); // lines quote paths from the input
            environment.err().flush();
        }
    }

    /** A bar on a terminal, sparse lines in logs, nothing when quiet or asked not to; close it after the work. */
    Progress progress() {
        if (!showProgress) {
            return new Progress(ProgressListener.NONE, null);
        }
        if (environment.interactive()) {
            BarProgress bar = new BarProgress(environment.err());
            return new Progress(bar, bar);
        }
        // Logs get a line per quarter (or every 10 s), not a repainting bar.
        return new Progress(new PeriodicProgress(line -> environment.err().println("maskgate: " + SafeText.escape(line)),
                System::nanoTime, 25, 10_000_000_000L), null);
    }

    /** The console report on standard error (nothing when quiet). */
    void textReport(Report report, boolean colour, boolean verbose) throws IOException {
        if (quiet) {
            return;
        }
        ReportWriters.forFormat(ReportFormat.TEXT, style(colour, verbose)).write(report, environment.err());
        environment.err().flush();
    }

    /** The console style: a few examples per code, every finding with {@code -v}. */
    static ReportStyle style(boolean colour, boolean verbose) {
        return ReportStyle.defaults().withColor(colour).withVerbose(verbose);
    }

    /** The listener, and the bar to stop even when the work throws. */
    record Progress(ProgressListener listener, BarProgress bar) implements AutoCloseable {
        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
