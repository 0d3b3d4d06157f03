package io.maskgate.objects;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the column header row among a table's first rows and parses the structured header block
 * above it. Reports what it finds wrong with the block itself (missing, malformed, legacy form,
 * separator row) and still returns what it could recognise, so that the column checks run anyway.
 */
final class HeaderParser {

    /** How many leading rows are searched for the column header row (8-row block + separator + header + slack). */
    static final int MAX_LEADING_ROWS = 20;

    private static final String EXPECTED_KEYS = String.join(", ", ObjectsTemplate.KEYS_8);

    private HeaderParser() {
    }

    /**
     * Index in {@code rows} of the column header row, or -1 when there is none.
     *
     * @see #isColumnHeaderRow(TableRow)
     */
    static int findColumnHeaderRow(List<TableRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (isColumnHeaderRow(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True for the column header row: column A is {@code Object ID}, or the row names at least
     * three template columns and is not a header-block row.
     */
    static boolean isColumnHeaderRow(TableRow row) {
        String objectId = ObjectsTemplate.normalise(ObjectsTemplate.OBJECT_ID);
        String a = row.cell(1);
        if (ObjectsTemplate.normalise(a).equals(objectId)) {
            return true;
        }
        if (ObjectsTemplate.headerKey(a).isPresent()) {
            return false;
        }
        int named = 0;
        for (String cell : row.cells()) {
            if (ObjectsTemplate.normalise(cell).equals(objectId) || ObjectsTemplate.templateColumn(cell).isPresent()) {
                named++;
            }
        }
        return named >= 3;
    }

    /** Parses the rows before index {@code h} as header block and row {@code h} as the column header row. */
    static TableHeader parse(List<TableRow> rows, int h, String file, FindingSink sink) {
        TableRow headerRow = rows.get(h);
        List<TableRow> before = rows.subList(0, h);
        int first = -1;
        int last = -1;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).isBlank()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        HeaderForm form = null;
        Map<String, Long> keyRows = new LinkedHashMap<>();
        Map<String, TableRow> keyRowCells = new HashMap<>();
        List<TableRow> blockRows = new ArrayList<>();
        if (first < 0) {
            sink.accept(RuleMeta.of(HeaderBlockMissing.class).finding(file, Location.cell(headerRow.number(), 1),
                    "the table starts with the column header row (row " + headerRow.number()
                            + ") without the structured header block above it"));
        } else {
            for (int i = 0; i < last; i++) {
                if (before.get(i).isBlank()) {
                    malformed(sink, file, before.get(i).number(), "row " + before.get(i).number()
                            + " is blank inside the header block; the block's rows start at row 1 without gaps");
                }
            }
            List<String> order = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                TableRow row = before.get(i);
                if (row.isBlank()) {
                    continue;
                }
                blockRows.add(row);
                String a = row.cell(1);
                Optional<String> key = ObjectsTemplate.headerKey(a);
                if (key.isEmpty()) {
                    malformed(sink, file, row.number(), a.isEmpty()
                            ? "row " + row.number() + " has values but no key in column A (expected one of: " + EXPECTED_KEYS + ")"
                            : "column A of row " + row.number() + " is " + CellText.quote(a)
                                    + ", which is not a header-block key (expected one of: " + EXPECTED_KEYS + ")");
                    continue;
                }
                String k = key.get();
                if (!a.equals(k)) {
                    malformed(sink, file, row.number(), "the key " + CellText.quote(a) + " in row " + row.number()
                            + " must be written exactly '" + k + "': HuBMAP's tools look header rows up by their exact key");
                }
                Long previous = keyRows.putIfAbsent(k, row.number());
                if (previous != null) {
                    malformed(sink, file, row.number(), "'" + k + "' appears again in row " + row.number()
                            + " (first in row " + previous + ")");
                } else {
                    keyRowCells.put(k, row);
                    order.add(k);
                }
            }
            form = keyRows.containsKey(ObjectsTemplate.KEY_ALTERNATIVE_ID) ? HeaderForm.EIGHT_ROW : HeaderForm.SEVEN_ROW;
            boolean missing = false;
            for (int i = 0; i < form.keys().size(); i++) {
                String k = form.keys().get(i);
                if (!keyRows.containsKey(k)) {
                    missing = true;
                    malformed(sink, file, i + 1, "the header block has no '" + k + "' row (row " + (i + 1)
                            + " of the " + form.describe() + ")");
                }
            }
            List<String> expected = new ArrayList<>(form.keys());
            expected.retainAll(order);
            for (int i = 0; i < order.size(); i++) {
                if (!order.get(i).equals(expected.get(i))) {
                    malformed(sink, file, keyRows.get(order.get(i)), "row " + keyRows.get(order.get(i)) + " is '"
                            + order.get(i) + "' but the template has '" + expected.get(i) + "' here (order: "
                            + String.join(", ", form.keys()) + ")");
                    break;
                }
            }
            if (form == HeaderForm.SEVEN_ROW && !missing) {
                sink.accept(RuleMeta.of(HeaderLegacyForm.class).finding(file, Location.NONE,
                        "the header block has the older 7-row form without 'Alternative ID' (accepted)"));
            }
            int blanks = h - last - 1;
            if (blanks == 0) {
                sink.accept(RuleMeta.of(SeparatorRow.class).finding(file, Location.cell(headerRow.number(), null),
                        "no blank row between the header block (last row " + before.get(last).number()
                                + ") and the column header row " + headerRow.number()));
            } else if (blanks > 1) {
                sink.accept(RuleMeta.of(SeparatorRow.class).finding(file, Location.cell(before.get(last + 2).number(), null),
                        blanks + " blank rows between the header block and the column header row "
                                + headerRow.number() + "; exactly one is expected"));
            }
        }
        return columns(form, keyRows, keyRowCells, blockRows, headerRow);
    }

    private static TableHeader columns(HeaderForm form, Map<String, Long> keyRows, Map<String, TableRow> keyRowCells,
                                       List<TableRow> blockRows, TableRow headerRow) {
        String[] names = headerRow.cells().clone();
        int width = headerRow.lastColumn();
        String objectId = ObjectsTemplate.normalise(ObjectsTemplate.OBJECT_ID);
        int idColumn = 0;
        for (int c = 1; c <= width; c++) {
            if (ObjectsTemplate.normalise(headerRow.cell(c)).equals(objectId)) {
                idColumn = c;
                break;
            }
        }
        List<ColumnSpec> columns = new ArrayList<>();
        for (int c = 1; c <= width; c++) {
            String name = headerRow.cell(c);
            if (c == idColumn || name.isEmpty()) {
                continue;
            }
            // column A of the header block holds the row keys, never attributes
            String[] attrs = new String[ObjectsTemplate.KEYS_8.size()];
            for (int k = 0; k < attrs.length; k++) {
                TableRow row = keyRowCells.get(ObjectsTemplate.KEYS_8.get(k));
                attrs[k] = row == null || c == 1 ? "" : row.cell(c);
            }
            FeatureColumn declared = new FeatureColumn(name, attrs[0], attrs[1], attrs[2], attrs[3], attrs[4], attrs[5],
                    attrs[6], attrs[7]);
            columns.add(new ColumnSpec(c, declared, ObjectsTemplate.templateColumn(name).orElse(null)));
        }
        return new TableHeader(form, Map.copyOf(keyRows), List.copyOf(blockRows), headerRow.number(), idColumn,
                List.copyOf(columns), width, names);
    }

    private static void malformed(FindingSink sink, String file, long row, String message) {
        sink.accept(RuleMeta.of(HeaderBlockMalformed.class).finding(file, Location.cell(row, 1), message));
    }
}
