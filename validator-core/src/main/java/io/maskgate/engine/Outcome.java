package io.maskgate.engine;

import io.maskgate.findings.Summary;
import io.maskgate.report.Report;

import java.util.List;
import java.util.TreeMap;

/**
 * Whether a report fails the run, decided once for the CLI (exit code) and the Maven plugin
 * (build failure) so both apply the same threshold.
 *
 * @param failOn       the threshold
 * @param maxAllowed   findings at or above the threshold that are still tolerated (0 = none)
 * @param counted      findings at or above the threshold
 * @param summary      the report's counts
 */
public record Outcome(FailOn failOn, long maxAllowed, long counted, Summary summary) {

    /** Exit code: nothing at or above the fail threshold. */
    public static final int EXIT_OK = 0;
    /** Exit code: validation failed. */
    public static final int EXIT_INVALID = 1;
    /** Exit code: bad option, missing path, unusable config. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: I/O or internal error. */
    public static final int EXIT_INTERNAL = 3;

    public Outcome {
        if (maxAllowed < 0) {
            throw new IllegalArgumentException("maxAllowed must be >= 0, was " + maxAllowed);
        }
    }

    /** The outcome of {@code report} when no finding at or above {@code failOn} is tolerated. */
    public static Outcome of(Report report, FailOn failOn) {
        return of(report, failOn, 0);
    }

    public static Outcome of(Report report, FailOn failOn, long maxAllowed) {
        return of(report.summary(), failOn, maxAllowed);
    }

    /** The outcome of several reports taken together (the Maven plugin's targets): counts are summed. */
    public static Outcome of(List<Report> reports, FailOn failOn, long maxAllowed) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        TreeMap<String, Long> byCode = new TreeMap<>();
        for (Report r : reports) {
            Summary s = r.summary();
            errors += s.errors();
            warnings += s.warnings();
            infos += s.infos();
            s.byCode().forEach((code, n) -> byCode.merge(code, n, Long::sum));
        }
        return of(new Summary(errors, warnings, infos, byCode), failOn, maxAllowed);
    }

    private static Outcome of(Summary s, FailOn failOn, long maxAllowed) {
        long counted = switch (failOn) {
            case ERROR -> s.errors();
            case WARNING -> s.errors() + s.warnings();
            case INFO -> s.total();
            case NEVER -> 0;
        };
        return new Outcome(failOn, maxAllowed, counted, s);
    }

    public boolean failed() {
        return failOn != FailOn.NEVER && counted > maxAllowed;
    }

    /** {@link #EXIT_INVALID} when failed, otherwise {@link #EXIT_OK}. */
    public int exitCode() {
        return failed() ? EXIT_INVALID : EXIT_OK;
    }

    /** One line for people, e.g. {@code 3 errors, 1 warning, 0 infos}. */
    public String counts() {
        return plural(summary.errors(), "error") + ", " + plural(summary.warnings(), "warning") + ", "
                + plural(summary.infos(), "info");
    }

    /** Why the run failed or passed, e.g. {@code 3 findings at or above error (0 allowed)}. */
    public String verdict() {
        if (failOn == FailOn.NEVER) {
            return "passed (--fail-on never)";
        }
        String what = plural(counted, "finding") + " at or above " + failOn.id();
        if (maxAllowed > 0) {
            what += " (" + maxAllowed + " allowed)";
        }
        return (failed() ? "failed: " : "passed: ") + what;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
