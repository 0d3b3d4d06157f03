package io.maskgate.objects;

import io.maskgate.io.InputBoundary;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * Lints an adjacency CSV ({@code <mask>-centroid-adjacency.csv}, {@code <mask>-linkage-adjacency.csv}).
 * HuBMAP publishes no column specification, only that the objects referenced belong to the same
 * mask; so the object-id columns are recognised from the first non-blank row:
 * <ul>
 *   <li><b>matrix</b>: column A of the first row is empty or text and every other cell is an
 *       integer: an objects × objects matrix whose header cells and column A are Object IDs;</li>
 *   <li><b>header</b>: the first row has a cell that is not a number: it names the columns, and the
 *       object-id columns are those whose name contains {@code object} or the word {@code id}/{@code ids},
 *       {@code source} or {@code target} (e.g. {@code object_id_1}, {@code cell id}, {@code source});</li>
 *   <li><b>headerless</b>: every cell of the first row is a number: the leading integer columns (at
 *       most two, an edge list) are object ids and the first row is data.</li>
 * </ul>
 * Each object-id cell must then be an integer that is an Object ID of the mask's objects table.
 */
final class AdjacencyChecker {

    private static final Pattern ID_NAME = Pattern.compile("(?i).*(object|(?<![a-z])(ids?|source|target)(?![a-z])).*");

    private final int cap;

    private final InputBoundary inputs;

    AdjacencyChecker(int cap, InputBoundary inputs) {
        this.cap = cap;
        this.inputs = inputs;
    }

    /**
     * Checks {@code file}; {@code objects} tells whether an Object ID exists in the mask's table
     * ({@code objectsFile}), or is null when there is no table to compare with.
     */
    AdjacencyResult check(Path file, String relFile, LongPredicate objects, String objectsFile, FindingSink out) {
        CappedSink sink = new CappedSink(out, cap);
        String layout = "none";
        long rows = 0;
        long refs = 0;
        try (DelimitedRowSource src = new DelimitedRowSource(inputs, file, DelimitedRowSource.CSV, AdjacencyParse.class)) {
            TableRow first = src.next();
            while (first != null && first.isBlank()) {
                first = src.next();
            }
            if (first == null) {
                // no header and no data: nothing says which columns hold object ids, and the file lists no adjacency
                sink.accept(RuleMeta.of(AdjacencyParse.class).finding(relFile, Location.NONE,
                        "the file is empty (no header line and no rows): an adjacency CSV lists pairs of object ids"));
                sink.flush(0, null);
                return new AdjacencyResult(relFile, layout, 0, 0);
            }
            int width = first.cells().length;
            List<Integer> idColumns = new ArrayList<>();
            boolean firstIsData = false;
            String[] names = first.cells();
            if (isMatrixHeader(first)) {
                layout = "matrix";
                idColumns.add(1);
                if (objects != null) {
                    for (int c = 2; c <= width; c++) {
                        refs++;
                        reference(sink, relFile, first.number(), c, "column header", first.cell(c), objects, objectsFile);
                    }
                }
            } else if (hasText(first)) {
                layout = "header";
                for (int c = 1; c <= width; c++) {
                    if (ID_NAME.matcher(first.cell(c)).matches()) {
                        idColumns.add(c);
                    }
                }
            } else {
                layout = "headerless";
                firstIsData = true;
                for (int c = 1; c <= Math.min(2, width) && ValueFormats.isInteger(first.cell(c)); c++) {
                    idColumns.add(c);
                }
            }
            if (idColumns.isEmpty()) {
                sink.accept(RuleMeta.of(AdjacencyNoIdColumns.class).finding(relFile, Location.NONE,
                        "no object-id columns recognised (" + layout + " layout), so object references were not checked"));
            }
            TableRow row = firstIsData ? first : src.next();
            for (; row != null; row = src.next()) {
                if (row.isBlank()) {
                    continue;
                }
                rows++;
                if (row.cells().length > width) {
                    sink.accept(RuleMeta.of(AdjacencyParse.class).finding(relFile, Location.cell(row.number(), width + 1),
                            "row " + row.number() + " has " + row.cells().length + " fields; the first row has " + width));
                }
                if (objects == null) {
                    continue;
                }
                for (int c : idColumns) {
                    String v = row.cell(c);
                    if (!v.isEmpty()) {
                        refs++;
                        String column = layout.equals("header") ? "column '" + names[c - 1] + "'" : "column " + Location.columnLetters(c);
                        reference(sink, relFile, row.number(), c, column, v, objects, objectsFile);
                    }
                }
            }
        } catch (TableReadException e) {
            sink.accept(e.toFinding(relFile));
        } catch (IOException e) {
            // closing a fully read file failed: nothing left to report about its content
        }
        sink.flush(0, null);
        return new AdjacencyResult(relFile, layout, rows, refs);
    }

    private static void reference(FindingSink sink, String relFile, long row, int column, String where, String value,
                                  LongPredicate objects, String objectsFile) {
        Long id = ValueFormats.parseLong(value);
        RuleMeta rule = RuleMeta.of(AdjacencyUnknownObject.class);
        if (id == null) {
            sink.accept(rule.finding(relFile, Location.cell(row, column), CellText.quote(value) + " in " + where
                    + " is not an object id (an integer)"));
        } else if (!objects.test(id)) {
            sink.accept(rule.finding(relFile, Location.cell(row, column), "object " + id + " in " + where
                    + " is not an Object ID of " + objectsFile));
        }
    }

    private static boolean isMatrixHeader(TableRow first) {
        String[] cells = first.cells();
        if (cells.length < 2 || ValueFormats.isInteger(cells[0])) {
            return false;
        }
        for (int i = 1; i < cells.length; i++) {
            if (!ValueFormats.isInteger(cells[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasText(TableRow row) {
        for (String c : row.cells()) {
            if (!c.isEmpty() && !ValueFormats.isFloat(c)) {
                return true;
            }
        }
        return false;
    }
}
