package io.maskgate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Java 17 has no {@code isatty(2)}, and {@link System#console()} only tells whether stdin and
     * stdout are terminals (stdout is usually redirected when reports go there). On Linux the
     * link {@code /proc/self/fd/2} names the device; elsewhere fall back to the console.
     */
    @SuppressWarnings("SystemConsoleNull") // Java 17 has no Console.isTerminal(); null is its answer for "no terminal"
    static boolean stderrIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
