package io.maskgate.report.writer;

import io.maskgate.engine.FailOn;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How reports are shaped beyond their content.
 *
 * @param color           ANSI colours in the console report (only when the output is a terminal that wants them)
 * @param examplesPerCode findings shown per code in the console and HTML reports before the rest is folded
 * @param verbose         show every finding in the console report (no folding)
 * @param failOn          the run's fail threshold: JUnit XML reports exactly the findings at or above it as failures,
 *                        so a CI test tab agrees with the exit code
 * @param sourceRoot      the folder SARIF artifact URIs are relative to (a repository root, see {@link SourceRoot});
 *                        null for the validated folder itself
 */
public record ReportStyle(boolean color, int examplesPerCode, boolean verbose, FailOn failOn, Path sourceRoot) {

    /** Examples per code in the default console report. */
    public static final int DEFAULT_EXAMPLES_PER_CODE = 3;

    public ReportStyle {
        if (examplesPerCode < 0) {
            throw new IllegalArgumentException("examplesPerCode must be >= 0, got " + examplesPerCode);
        }
        Objects.requireNonNull(failOn, "failOn");
        sourceRoot = sourceRoot == null ? null : sourceRoot.toAbsolutePath().normalize();
    }

    /** No colour, {@value #DEFAULT_EXAMPLES_PER_CODE} examples per code, failing on errors, URIs from the target. */
    public static ReportStyle defaults() {
        return new ReportStyle(false, DEFAULT_EXAMPLES_PER_CODE, false, FailOn.ERROR, null);
    }

    public ReportStyle withColor(boolean v) {
        return new ReportStyle(v, examplesPerCode, verbose, failOn, sourceRoot);
    }

    public ReportStyle withExamplesPerCode(int v) {
        return new ReportStyle(color, v, verbose, failOn, sourceRoot);
    }

    public ReportStyle withVerbose(boolean v) {
        return new ReportStyle(color, examplesPerCode, v, failOn, sourceRoot);
    }

    public ReportStyle withFailOn(FailOn v) {
        return new ReportStyle(color, examplesPerCode, verbose, v, sourceRoot);
    }

    public ReportStyle withSourceRoot(Path v) {
        return new ReportStyle(color, examplesPerCode, verbose, failOn, v);
    }

    /** How many findings of one code to show: all of them when verbose. */
    public long examplesShown() {
        return verbose ? Long.MAX_VALUE : examplesPerCode;
    }
}
