package io.maskgate.objects;

import java.util.List;
import java.util.Map;

/**
 * The structure of an objects table as parsed from its first rows.
 *
 * @param form            the header block's form, or null when the table has no header block
 * @param keyRows         canonical header-block key → its row number, for the keys found
 * @param blockRows       the non-blank rows above the column header row
 * @param columnHeaderRow row number of the column header row
 * @param idColumn        1-based column of {@code Object ID}, or 0 when there is none
 * @param columns         every named column except {@code Object ID}, in column order
 * @param width           1-based index of the last named column
 * @param names           the column header row's cells (index 0 = column A)
 */
record TableHeader(HeaderForm form, Map<String, Long> keyRows, List<TableRow> blockRows, long columnHeaderRow,
                   int idColumn, List<ColumnSpec> columns, int width, String[] names) {

    boolean hasBlock() {
        return form != null;
    }

    /** The row of header-block key {@code key}, or -1 when the block has no such row. */
    long keyRow(String key) {
        Long r = keyRows.get(key);
        return r == null ? -1 : r;
    }

    /** The column that is template column {@code templateName}, or null. */
    ColumnSpec column(String templateName) {
        for (ColumnSpec c : columns) {
            if (c.isTemplate(templateName)) {
                return c;
            }
        }
        return null;
    }

    /** The name of 1-based {@code column} in the column header row, or {@code ""}. */
    String name(int column) {
        return column >= 1 && column <= names.length ? names[column - 1] : "";
    }
}
