package io.maskgate.report.writer;

/**
 * How the console (text) report looks.
 *
 * @param color           ANSI colours (only when the output is a terminal that wants them)
 * @param examplesPerCode findings shown per code before the rest is folded into "… N more like this"
 * @param verbose         show every finding (no folding)
 */
public record ReportStyle(boolean color, int examplesPerCode, boolean verbose) {

    /** Examples per code in the default console report. */
    public static final int DEFAULT_EXAMPLES_PER_CODE = 3;

    public ReportStyle {
        if (examplesPerCode < 0) {
            throw new IllegalArgumentException("examplesPerCode must be >= 0, got " + examplesPerCode);
        }
    }

    /** No colour, {@value #DEFAULT_EXAMPLES_PER_CODE} examples per code. */
    public static ReportStyle defaults() {
        return new ReportStyle(false, DEFAULT_EXAMPLES_PER_CODE, false);
    }

    public ReportStyle withColor(boolean v) {
        return new ReportStyle(v, examplesPerCode, verbose);
    }

    public ReportStyle withExamplesPerCode(int v) {
        return new ReportStyle(color, v, verbose);
    }

    public ReportStyle withVerbose(boolean v) {
        return new ReportStyle(color, examplesPerCode, v);
    }

    /** How many findings of one code to show: all of them when verbose. */
    public long examplesShown() {
        return verbose ? Long.MAX_VALUE : examplesPerCode;
    }
}
