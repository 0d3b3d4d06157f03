package io.maskgate.packaging;

import io.maskgate.validation.UsageException;

import java.util.Locale;

/** The file format of a packaged mask's objects table (one format per mask, never both). */
public enum ObjectsFormat {
    /** {@code cells-objects.tsv}: any number of rows. */
    TSV,
    /** {@code cells-objects.xlsx}: only when the table fits in one sheet. */
    XLSX;

    /** {@code tsv} or {@code xlsx}, case-insensitive. */
    public static ObjectsFormat parse(String text) {
        for (ObjectsFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new UsageException("objects format '" + text + "' is not one of tsv, xlsx");
    }

    /** The option value: {@code tsv} or {@code xlsx}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}
