package io.maskgate.report.writer;

import java.util.Locale;

/** The report formats maskgate writes. */
public enum ReportFormat {
    TEXT("txt"), JSON("json"), TSV("tsv"), XLSX("xlsx"), SARIF("sarif"), JUNIT("xml"), HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension without the dot; report files are named {@code maskgate-report.<extension>}. */
    public String extension() {
        return extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for formats that are not text (must not go to a terminal). */
    public boolean binary() {
        return this == XLSX;
    }

    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + text + "' (expected text, json, tsv, xlsx, sarif, junit or html)");
    }
}
