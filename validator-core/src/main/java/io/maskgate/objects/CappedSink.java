package io.maskgate.objects;

import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;

import java.util.Map;
import java.util.TreeMap;

/**
 * Passes on at most {@code cap} findings per code and column of one table, then counts the rest
 * and reports them as one finding per code and column at the end (never silently): a 300,000-row
 * table with one wrong column must not produce 300,000 findings or exhaust memory.
 */
final class CappedSink implements FindingSink {

    private static final class Folded {
        final Finding first;
        long passed;
        long folded;
        long firstRow = Long.MAX_VALUE;
        long lastRow = Long.MIN_VALUE;

        Folded(Finding first) {
            this.first = first;
        }
    }

    private final FindingSink out;
    private final int cap;
    private final Map<String, Folded> counts = new TreeMap<>();

    CappedSink(FindingSink out, int cap) {
        this.out = out;
        this.cap = cap;
    }

    @Override
    public void accept(Finding f) {
        Integer column = f.location().column();
        String key = f.code() + '\u0000' + (column == null ? "" : String.format("%05d", column));
        Folded c = counts.computeIfAbsent(key, k -> new Folded(f));
        if (c.passed < cap) {
            c.passed++;
            out.accept(f);
            return;
        }
        c.folded++;
        Long row = f.location().row();
        if (row != null) {
            c.firstRow = Math.min(c.firstRow, row);
            c.lastRow = Math.max(c.lastRow, row);
        }
    }

    /** Reports the folded findings; {@code headerRow} (0 when unknown) locates a per-column summary. */
    void flush(long headerRow, TableHeader header) {
        for (Folded c : counts.values()) {
            if (c.folded == 0) {
                continue;
            }
            Integer column = c.first.location().column();
            Location at = column != null && headerRow > 0 ? Location.cell(headerRow, column) : Location.NONE;
            String where = column == null ? "" : " in column " + Location.columnLetters(column)
                    + (header == null || header.name(column).isEmpty() ? "" : " '" + header.name(column) + "'");
            String rows = c.firstRow == Long.MAX_VALUE ? "" : c.firstRow == c.lastRow ? " (row " + c.firstRow + ")"
                    : " (rows " + c.firstRow + "–" + c.lastRow + ")";
            // a finding of the same rule, so it is raised like any other: through the rule's metadata
            out.accept(ObjectsRules.meta(c.first.code()).finding(c.first.file(), at,
                    c.folded + " more " + c.first.code() + " finding" + (c.folded == 1 ? "" : "s") + where + rows
                            + " not listed (first " + c.passed + " listed)", c.first.hint()));
        }
        counts.clear();
    }
}
