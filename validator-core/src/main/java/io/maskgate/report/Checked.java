package io.maskgate.report;

/** One line of "what was checked": e.g. {@code ("chunks", 47515, "all hypotheses, all trenches")}. */
public record Checked(String what, long count, String detail) {
    public Checked {
        detail = detail == null ? "" : detail;
    }
}
