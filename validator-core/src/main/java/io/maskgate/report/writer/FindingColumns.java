package io.maskgate.report.writer;

import io.maskgate.rules.Finding;

import java.util.ArrayList;
import java.util.List;

/** The columns of one finding per row, shared by the TSV report and the XLSX "Findings" sheet. */
final class FindingColumns {

    /** code, severity, category, file, location (described), the location keys, message, hint. */
    static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("code", "severity", "category", "file", "location"));
        h.addAll(LocationFields.KEYS);
        h.add("message");
        h.add("hint");
        HEADER = List.copyOf(h);
    }

    private FindingColumns() {
    }

    /** The cells of one finding in {@link #HEADER} order: Strings, Numbers, or null for a key that does not apply. */
    static Object[] values(Finding f) {
        Object[] loc = LocationFields.values(f.location());
        Object[] row = new Object[HEADER.size()];
        row[0] = f.code();
        row[1] = f.severity().id();
        row[2] = f.category().id();
        row[3] = f.file();
        row[4] = f.location().describe();
        System.arraycopy(loc, 0, row, 5, loc.length);
        row[5 + loc.length] = f.message();
        row[6 + loc.length] = f.hint();
        return row;
    }
}
