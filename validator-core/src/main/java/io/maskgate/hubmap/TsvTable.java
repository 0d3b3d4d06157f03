package io.maskgate.hubmap;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed TSV as a spreadsheet shows it: the header is row 1, data rows keep their Excel-true
 * row numbers (blank rows are skipped but still counted).
 *
 * @param file     path relative to the validation target
 * @param header   column names, in order (column i + 1 in spreadsheet terms)
 * @param rows     the non-blank data rows, each padded or cut to the header's width
 * @param complete false when parsing stopped early (size limit, syntax error): cross-file checks then hold back
 */
public record TsvTable(String file, List<String> header, List<Row> rows, boolean complete) {

    /**
     * One data row.
     *
     * @param row   Excel-true 1-based row number
     * @param cells one value per header column ("" when absent)
     */
    public record Row(long row, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String get(int column0) {
            return column0 >= 0 && column0 < cells.size() ? cells.get(column0) : "";
        }
    }

    public TsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** 0-based index of the first column named {@code name}, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** The values of column {@code name} ("" when the column is absent). */
    public String value(Row row, String name) {
        return row.get(column(name));
    }

    /** Column names that occur more than once, for checks that must not guess between duplicates. */
    public List<String> duplicated() {
        Map<String, Integer> first = firstColumns();
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (first.get(header.get(i)) != i) {
                out.add(header.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** The 0-based first column of every header name, built in one pass (a header may be thousands wide). */
    public Map<String, Integer> firstColumns() {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            first.putIfAbsent(header.get(i), i);
        }
        return first;
    }
}
