package io.maskgate.objects;

import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the rules of one table share: the file, its header, the mask index, where findings go. */
final class TableContext {

    /**
     * Distinct (Source file, Mask name) pairs tracked per table beyond those naming a channel of an
     * analysed mask exactly (which are bounded by the folder's files): unknown files, case variants.
     */
    static final int MAX_BINDINGS = 256;

    private final Path file;
    private final String relFile;
    private final String prefix;
    private final TableFormat format;
    private final MaskIndex masks;
    private final FindingSink sink;
    private final Map<String, MaskBinding> bindings = new HashMap<>();
    private final List<MaskBinding> bindingOrder = new ArrayList<>();
    private final ObjectIds objectIds = new ObjectIds();
    private TableHeader header;
    private int sourceColumn;
    private int maskColumn;
    private int otherBindings;
    private long lastBindingRow = -1;
    private MaskBinding lastBinding;
    private boolean complete = true;
    private long dataRows;

    TableContext(Path file, String relFile, TableFormat format, MaskIndex masks, FindingSink sink) {
        this.file = file;
        this.relFile = relFile;
        this.prefix = ObjectsFolder.tablePrefix(file.getFileName().toString());
        this.format = format;
        this.masks = masks;
        this.sink = sink;
    }

    Path file() {
        return file;
    }

    /** The folder holding the table (where Source file must be). */
    Path dir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** The file as findings name it. */
    String relFile() {
        return relFile;
    }

    /** The mask name the file name gives: {@code cells} for {@code cells-objects.tsv}. */
    String prefix() {
        return prefix;
    }

    TableFormat format() {
        return format;
    }

    MaskIndex masks() {
        return masks;
    }

    TableHeader header() {
        return header;
    }

    void header(TableHeader h) {
        this.header = h;
        ColumnSpec source = h.column(ObjectsTemplate.SOURCE_FILE);
        ColumnSpec mask = h.column(ObjectsTemplate.MASK_NAME);
        sourceColumn = source == null ? 0 : source.index();
        maskColumn = mask == null ? 0 : mask.index();
    }

    /** False when reading stopped early: checks over all rows (e.g. every label has a row) must not run. */
    boolean complete() {
        return complete;
    }

    void incomplete() {
        complete = false;
    }

    long dataRows() {
        return dataRows;
    }

    void countRow() {
        dataRows++;
    }

    /** The Object IDs with their rows, filled by the Object ID rule, used by adjacency checks. */
    ObjectIds objectIds() {
        return objectIds;
    }

    void report(Finding f) {
        sink.accept(f);
    }

    /** A finding of {@code rule} at {@code (row, column)} of this table. */
    void report(TableCheck rule, long row, Integer column, String message) {
        sink.accept(rule.finding(relFile, Location.cell(row, column), message));
    }

    void report(TableCheck rule, long row, Integer column, String message, String hint) {
        sink.accept(rule.finding(relFile, Location.cell(row, column), message, hint));
    }

    /**
     * The (Source file, Mask name) pair of {@code row}, resolved once per distinct pair; null when
     * either cell is empty, the columns are missing, or the table uses too many pairs that name no
     * channel of an analysed mask exactly.
     */
    MaskBinding binding(TableRow row) {
        if (row.number() != lastBindingRow) {
            lastBindingRow = row.number();
            lastBinding = resolve(row);
        }
        return lastBinding;
    }

    private MaskBinding resolve(TableRow row) {
        if (sourceColumn == 0 || maskColumn == 0) {
            return null;
        }
        String s = row.cell(sourceColumn);
        String m = row.cell(maskColumn);
        if (s.isEmpty() || m.isEmpty()) {
            return null;
        }
        String key = s + '\u0000' + m;
        MaskBinding b = bindings.get(key);
        if (b == null) {
            MaskInfo info = masks.mask(s).orElse(null);
            int exact = info == null ? -1 : info.channelIndex(m);
            // a pair naming a channel exactly is a real (file, channel) of the folder: a packaged table
            // spreads one mask over thousands of files, and every one is compared with its rows
            if (exact < 0 && otherBindings >= MAX_BINDINGS) {
                return null;
            }
            int channel = exact >= 0 || info == null ? exact : info.channelIndexIgnoringCase(m);
            MaskLabels labels = info != null && info.complete() && channel >= 0 ? info.labels(channel) : null;
            b = new MaskBinding(s, m, row.number(), info, channel, labels);
            bindings.put(key, b);
            bindingOrder.add(b);
            if (exact < 0) {
                otherBindings++;
            }
        }
        return b;
    }

    /** The pairs seen, in order of first use. */
    List<MaskBinding> bindings() {
        return bindingOrder;
    }
}
