package io.maskgate.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of statistics in a report (one XLSX sheet, one JSON array of objects).
 *
 * @param name    stable identifier, e.g. {@code perHypothesis}; also the XLSX sheet name
 * @param columns column names, the keys of each JSON row object
 * @param rows    values: String, Number or Boolean (null for an empty cell), one per column
 */
public record StatTable(String name, String description, List<String> columns, List<List<Object>> rows) {
    public StatTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
