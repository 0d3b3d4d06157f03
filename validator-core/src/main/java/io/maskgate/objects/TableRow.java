package io.maskgate.objects;

/**
 * One row of a table as read: its Excel-true 1-based row number and its trimmed cell texts
 * ({@code cells[0]} is column A). Cells past the end of the array are empty.
 */
record TableRow(long number, String[] cells) {

    private static final String[] NONE = new String[0];

    static TableRow blank(long number) {
        return new TableRow(number, NONE);
    }

    /** The text of 1-based {@code column}; {@code ""} when absent. */
    String cell(int column) {
        return column >= 1 && column <= cells.length ? cells[column - 1] : "";
    }

    boolean isBlank() {
        for (String c : cells) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** 1-based index of the last non-empty cell; 0 for a blank row. */
    int lastColumn() {
        for (int i = cells.length; i > 0; i--) {
            if (!cells[i - 1].isEmpty()) {
                return i;
            }
        }
        return 0;
    }
}
