package io.maskgate.cli;

import io.maskgate.engine.Outcome;
import io.maskgate.io.NoSpaceException;
import io.maskgate.io.SafeText;
import io.maskgate.rules.RulePolicy;
import io.maskgate.validation.UsageException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * Maps exceptions to exit codes: usage and config problems to 2, everything else to 3, so a crash
 * never looks like "the dataset is invalid" (picocli's default would exit with 1). One line on
 * standard error; the stack trace only with {@code -v}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean hasVerbose = commandLine.getCommandSpec().findOption("--verbose") != null;
        int code = report(ex, err, verbose(parseResult), hasVerbose);
        err.flush();
        return code;
    }

    /**
     * Writes the one-line message (and the trace when verbose); returns the exit code.
     *
     * @param canVerbose whether the command has {@code -v}, so the message may suggest it
     */
    static int report(Throwable ex, PrintWriter err, boolean verbose, boolean canVerbose) {
        int code;
        if (ex instanceof UsageException || ex instanceof RulePolicy.ConfigException) {
            err.println("maskgate: " + SafeText.escapeKeepingNewlines(String.valueOf(ex.getMessage())));
            code = Outcome.EXIT_USAGE;
        } else if (ex instanceof NoSpaceException) {
            err.println("maskgate: " + SafeText.escape(String.valueOf(ex.getMessage()))); // names the file already
            code = Outcome.EXIT_INTERNAL;
        } else if (ex instanceof NoSuchFileException e) {
            err.println("maskgate: no such file or directory: " + SafeText.escape(String.valueOf(e.getFile())));
            code = Outcome.EXIT_INTERNAL;
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            err.println("maskgate: I/O error: " + SafeText.escape(String.valueOf(io.getMessage())));
            code = Outcome.EXIT_INTERNAL;
        } else if (NoSpaceException.reason(ex) != null) { // e.g. a native library unpacked into a full /tmp
            err.println("maskgate: " + NoSpaceException.reason(ex) + ": " + SafeText.escape(innermost(ex).toString()));
            code = Outcome.EXIT_INTERNAL;
        } else {
            err.println("maskgate: internal error: " + SafeText.escape(ex.toString()));
            code = Outcome.EXIT_INTERNAL;
        }
        if (verbose) {
            ex.printStackTrace(err);
        } else if (code == Outcome.EXIT_INTERNAL && canVerbose && NoSpaceException.reason(ex) == null) {
            err.println("maskgate: run with -v for the stack trace");
        }
        return code;
    }

    private static Throwable innermost(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("maskgate: " + SafeText.escapeKeepingNewlines(String.valueOf(ex.getMessage())));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return Outcome.EXIT_USAGE;
    }

    /** Whether {@code --verbose} was given to the command or a subcommand. */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
