package io.maskgate.objects;

import io.maskgate.rules.Location;

/**
 * Base of the rules over one header-block attribute ({@link #key()}) of every named column except
 * {@code Object ID}. Runs only when the table has a header block with that row.
 */
abstract class AttributeCheck implements TableCheck {

    /** The header-block key this rule checks. */
    abstract String key();

    /** Checks the attribute {@code value} (possibly empty) of {@code column}, found in row {@code row}. */
    abstract void check(TableContext t, long row, ColumnSpec column, String value);

    @Override
    public void header(TableContext t) {
        long row = t.header().keyRow(key());
        if (row < 0) {
            return;
        }
        for (ColumnSpec c : t.header().columns()) {
            if (c.index() == 1) {
                continue; // column A holds the row keys; ObjectIdColumn reports a table whose column A is not Object ID
            }
            check(t, row, c, c.declared().attribute(key()));
        }
    }

    /** A message naming the cell: {@code Type of column H 'X' (cell H1)}. */
    static String where(String key, long row, ColumnSpec c) {
        return key + " of " + c.describe() + " (cell " + Location.columnLetters(c.index()) + row + ")";
    }

    /** Advice naming the vocabulary entry {@code value} matches ignoring case, if any. */
    static String caseHint(String value, java.util.List<String> vocabulary) {
        for (String v : vocabulary) {
            if (v.equalsIgnoreCase(value.strip())) {
                return "Write '" + v + "' exactly as the template spells it.";
            }
        }
        return "";
    }
}
