package io.maskgate.objects;

import java.util.List;

/** The two accepted forms of the structured header block above the column header row. */
public enum HeaderForm {
    /** Current template: Type … Alternative ID … Requirement level (rows 1–8), blank row 9, column header row 10. */
    EIGHT_ROW(ObjectsTemplate.KEYS_8),
    /** Older template without "Alternative ID" (rows 1–7), blank row 8, column header row 9. */
    SEVEN_ROW(ObjectsTemplate.KEYS_7);

    @SuppressWarnings("ImmutableEnumChecker") // the constants hand in unmodifiable List.of lists
    private final List<String> keys;

    HeaderForm(List<String> keys) {
        this.keys = keys;
    }

    /** The row keys (column A), in order. */
    public List<String> keys() {
        return keys;
    }

    /** Row number of the column header row when the block is well-formed. */
    public int columnHeaderRow() {
        return keys.size() + 2;
    }

    /** Short description for reports, e.g. {@code 8-row header block}. */
    public String describe() {
        return keys.size() + "-row header block";
    }
}
