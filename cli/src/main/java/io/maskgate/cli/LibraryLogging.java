package io.maskgate.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The one place every library's log lines end: SLF4J (ome-xml, the AWS SDK, Netty, excel-streaming-reader), POI's
 * Log4j API (through log4j-to-slf4j) and commons-logging (through jcl-over-slf4j) all go to java.util.logging
 * (slf4j-jdk14), configured here: silent by default, because a library's "ERROR ... Unable to close resource" with a
 * stack trace on a malformed input is noise beside maskgate's own finding; warnings and above on standard error
 * with {@code -v}.
 */
final class LibraryLogging {

    private LibraryLogging() {
    }

    /** Replaces the JDK's default console handler (INFO and above) for this run. */
    static void configure(PrintStream err, boolean verbose) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        if (!verbose) {
            root.setLevel(Level.OFF);
            return;
        }
        root.setLevel(Level.WARNING);
        Handler handler = new StreamLines(err);
        handler.setLevel(Level.WARNING);
        root.addHandler(handler);
    }

    /** Writes to a stream it does not own: closing it (as {@link LogManager#reset()} does) never closes the stream. */
    private static final class StreamLines extends Handler {
        private final PrintStream err;

        StreamLines(PrintStream err) {
            this.err = err;
            setFormatter(new LineFormat());
        }

        @Override
        public void publish(LogRecord entry) {
            if (isLoggable(entry)) {
                err.print(getFormatter().format(entry));
                err.flush();
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /** {@code maskgate: library SEVERE org.apache.poi.util.IOUtils: message}, then the trace if any. */
    private static final class LineFormat extends Formatter {
        @Override
        public String format(LogRecord entry) {
            StringBuilder sb = new StringBuilder("maskgate: library ").append(entry.getLevel().getName()).append(' ')
                    .append(entry.getLoggerName()).append(": ").append(formatMessage(entry)).append(System.lineSeparator());
            if (entry.getThrown() != null) {
                StringWriter trace = new StringWriter();
                entry.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }
    }
}
