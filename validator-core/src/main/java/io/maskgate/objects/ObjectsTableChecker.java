package io.maskgate.objects;

import io.maskgate.io.InputBoundary;
import io.maskgate.io.InputCheck;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks HuBMAP objects tables ({@code <mask>-objects.tsv} / {@code .xlsx}) and adjacency CSVs.
 * TSV and XLSX are read into the same rows and go through the same checks, so the same content
 * gives the same findings at the same Excel-true cells in both formats. Memory stays bounded: XLSX
 * is streamed, per-row state is primitive, and findings are capped per code and column.
 *
 * <p>The HuBMAP validator calls {@link #checkFolder} once per dataset's
 * {@code derived/segmentation_masks/} folder.
 */
public final class ObjectsTableChecker {

    /** Findings listed per code and column of a table before the rest are folded into one summary finding. */
    public static final int DEFAULT_MAX_FINDINGS_PER_COLUMN = 100;

    private final int maxFindingsPerColumn;
    private final InputBoundary inputs;

    public ObjectsTableChecker() {
        this(DEFAULT_MAX_FINDINGS_PER_COLUMN);
    }

    /** A checker that opens files anywhere (regular files only, read-only); see {@link #withInputs}. */
    public ObjectsTableChecker(int maxFindingsPerColumn) {
        this(maxFindingsPerColumn, InputBoundary.unconfined());
    }

    private ObjectsTableChecker(int maxFindingsPerColumn, InputBoundary inputs) {
        if (maxFindingsPerColumn < 1) {
            throw new IllegalArgumentException("maxFindingsPerColumn must be at least 1");
        }
        this.maxFindingsPerColumn = maxFindingsPerColumn;
        this.inputs = inputs;
    }

    /** This checker opening and listing files within {@code boundary}, as a validation run does. */
    public ObjectsTableChecker withInputs(InputBoundary boundary) {
        return new ObjectsTableChecker(maxFindingsPerColumn, boundary);
    }

    /**
     * Checks every objects table and adjacency CSV directly in {@code segmentationMasksDir}.
     *
     * @param relPrefix how findings name the folder, relative to the validation target (e.g.
     *                  {@code HBM123/derived/segmentation_masks}); {@code ""} for the folder itself
     * @param masks     the folder's mask OME-TIFFs, or {@link MaskIndex#NONE}
     */
    public ObjectsFolderResult checkFolder(Path segmentationMasksDir, String relPrefix, MaskIndex masks, FindingSink sink) {
        String prefix = relPrefix == null || relPrefix.isEmpty() ? "" : relPrefix.endsWith("/") ? relPrefix : relPrefix + "/";
        List<String> names = new ArrayList<>();
        try {
            for (Path p : inputs.list(segmentationMasksDir)) {
                if (inputs.check(p).kind() == InputCheck.Kind.FILE) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            return new ObjectsFolderResult(List.of(), List.of());
        }
        Map<String, List<String>> tablesByMask = new TreeMap<>();
        List<String> adjacency = new ArrayList<>();
        List<String> nearMisses = new ArrayList<>();
        Map<String, MaskInfo> maskFiles = new TreeMap<>();
        TreeSet<String> channels = new TreeSet<>();
        for (String n : names) {
            String mask = ObjectsFolder.tablePrefix(n);
            if (mask != null) {
                tablesByMask.computeIfAbsent(mask, k -> new ArrayList<>()).add(n);
            } else if (ObjectsFolder.adjacencyPrefix(n) != null) {
                adjacency.add(n);
            } else if (ObjectsFolder.nearTableName(n)) {
                nearMisses.add(n);
                sink.accept(RuleMeta.of(TableName.class).finding(prefix + n, Location.NONE,
                        "'" + n + "' looks like an objects table but is not named <mask>-objects.tsv or <mask>-objects.xlsx, "
                                + "so it is not read as one"));
            } else if (n.endsWith(ObjectsTemplate.MASK_SUFFIX)) {
                masks.mask(n).ifPresent(info -> {
                    channels.addAll(info.channelNames());
                    maskFiles.put(n, info);
                });
            }
        }
        // A table named after no channel is already reported (file prefix or Mask name); it is probably the
        // missing channel's table, so the channels are judged only once every table names one.
        boolean everyTableNamesAChannel = tablesByMask.keySet().stream()
                .allMatch(t -> channels.stream().anyMatch(t::equalsIgnoreCase));
        if (everyTableNamesAChannel) {
            maskFiles.forEach((file, info) -> reportChannelsWithoutTable(prefix + file, info, tablesByMask.keySet(), nearMisses, sink));
        }
        List<ObjectsTableResult> tables = new ArrayList<>();
        Map<String, ObjectIds> idsByMask = new TreeMap<>();
        Map<String, String> tableOfMask = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : tablesByMask.entrySet()) {
            List<String> files = e.getValue();
            if (files.size() > 1) {
                String tsv = files.stream().filter(f -> f.endsWith(".tsv")).findFirst().orElse(files.get(0));
                sink.accept(RuleMeta.of(TableBothFormats.class).finding(prefix + tsv, Location.NONE,
                        "mask '" + e.getKey() + "' has both " + String.join(" and ", files)));
            }
            for (String f : files) {
                TableRun run = run(segmentationMasksDir.resolve(f), prefix + f, ObjectsFolder.tableFormat(f), masks, sink);
                tables.add(run.result());
                // only a completely read table with an Object ID column says which objects exist
                ObjectIds ids = idsByMask.get(e.getKey());
                if (run.ids() != null && run.result().complete() && (ids == null || ids.size() < run.ids().size())) {
                    idsByMask.put(e.getKey(), run.ids());
                    tableOfMask.put(e.getKey(), f);
                }
            }
        }
        List<AdjacencyResult> adjacencyResults = new ArrayList<>();
        AdjacencyChecker adjacencyChecker = new AdjacencyChecker(maxFindingsPerColumn, inputs);
        for (String n : adjacency) {
            String mask = ObjectsFolder.adjacencyPrefix(n);
            ObjectIds ids = idsByMask.get(mask);
            if (!tablesByMask.containsKey(mask) && !channels.contains(mask)) {
                sink.accept(RuleMeta.of(AdjacencyOrphan.class).finding(prefix + n, Location.NONE,
                        "no objects table " + mask + "-objects.tsv/.xlsx and no mask channel named '" + mask + "' in this folder"
                                + (tablesByMask.isEmpty() ? "" : " (objects tables are for: " + String.join(", ", tablesByMask.keySet()) + ")")));
            }
            adjacencyResults.add(adjacencyChecker.check(segmentationMasksDir.resolve(n), prefix + n,
                    ids == null ? null : ids::contains, tableOfMask.get(mask), sink));
        }
        return new ObjectsFolderResult(tables, adjacencyResults);
    }

    /**
     * Reports each channel of a mask that holds objects but has no table. Names are compared ignoring
     * case (a case mismatch is its own finding), and a near-miss file named after the channel is taken
     * as its table, already reported under its own code.
     */
    private static void reportChannelsWithoutTable(String maskFile, MaskInfo info, java.util.Set<String> tableMasks,
                                                   List<String> nearMisses, FindingSink sink) {
        for (int c = 0; c < info.channelNames().size(); c++) {
            String name = info.channelNames().get(c);
            MaskLabels labels = info.labels(c);
            if (name.isEmpty() || labels == null || labels.size() == 0) {
                continue;
            }
            boolean hasTable = tableMasks.stream().anyMatch(name::equalsIgnoreCase)
                    || nearMisses.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT)
                            .startsWith(name.toLowerCase(java.util.Locale.ROOT) + "-"));
            if (!hasTable) {
                sink.accept(RuleMeta.of(MaskWithoutTable.class).finding(maskFile, Location.pixel(c, null, null, null),
                        "mask channel '" + name + "' (channel " + c + ") holds " + labels.size()
                                + " objects but the folder has no " + name + "-objects.tsv or " + name + "-objects.xlsx"));
            }
        }
    }

    /** Checks one objects table, TSV or XLSX by its extension. */
    public ObjectsTableResult checkTable(Path file, String relFile, MaskIndex masks, FindingSink sink) {
        return run(file, relFile, ObjectsFolder.tableFormat(file.getFileName().toString()), masks, sink).result();
    }

    /** Checks a TSV objects table. */
    public ObjectsTableResult checkTsv(Path file, String relFile, MaskIndex masks, FindingSink sink) {
        return run(file, relFile, TableFormat.TSV, masks, sink).result();
    }

    /** Checks an XLSX objects table (sheet {@code MAIN}). */
    public ObjectsTableResult checkXlsx(Path file, String relFile, MaskIndex masks, FindingSink sink) {
        return run(file, relFile, TableFormat.XLSX, masks, sink).result();
    }

    /**
     * Checks an adjacency CSV against the Object IDs of its mask ({@code objectExists}; null to skip
     * the references).
     */
    public AdjacencyResult checkAdjacency(Path file, String relFile, java.util.function.LongPredicate objectExists,
                                          FindingSink sink) {
        return new AdjacencyChecker(maxFindingsPerColumn, inputs).check(file, relFile, objectExists, "the objects table", sink);
    }

    /** @param ids the table's Object IDs, or null when it has no column header row or no Object ID column */
    private record TableRun(ObjectsTableResult result, ObjectIds ids) {
    }

    private TableRun run(Path file, String relFile, TableFormat format, MaskIndex masks, FindingSink out) {
        CappedSink sink = new CappedSink(out, maxFindingsPerColumn);
        TableContext t = new TableContext(file, relFile, format, masks, sink);
        List<TableCheck> checks = ObjectsRules.tableChecks();
        TableHeader header = null;
        try (RowSource src = open(file, format, relFile, sink)) {
            List<TableRow> leading = new ArrayList<>();
            int h = -1;
            TableRow r;
            while (h < 0 && leading.size() < HeaderParser.MAX_LEADING_ROWS && (r = src.next()) != null) {
                leading.add(r);
                if (HeaderParser.isColumnHeaderRow(r)) {
                    h = leading.size() - 1;
                }
            }
            if (h < 0) {
                sink.accept(RuleMeta.of(ColumnHeaderMissing.class).finding(relFile, Location.NONE, leading.isEmpty()
                        ? "the table is empty"
                        : "no column header row (Object ID, Source file, Mask name, ...) in the first " + leading.size() + " rows"));
            } else {
                header = HeaderParser.parse(leading, h, relFile, sink);
                t.header(header);
                for (TableCheck c : checks) {
                    c.header(t);
                }
                for (int i = h + 1; i < leading.size(); i++) {
                    dataRow(t, checks, leading.get(i));
                }
                leading = null;
                while ((r = src.next()) != null) {
                    dataRow(t, checks, r);
                }
            }
        } catch (TableReadException e) {
            sink.accept(e.toFinding(relFile));
            t.incomplete();
        } catch (IOException e) {
            // closing a fully read file failed: nothing left to report about its content
        }
        if (header != null) {
            for (TableCheck c : checks) {
                c.end(t);
            }
        }
        sink.flush(header == null ? 0 : header.columnHeaderRow(), header);
        ObjectsTableResult result = new ObjectsTableResult(relFile, format, header == null ? null : header.form(),
                t.dataRows(), header == null ? 0 : header.columns().size() + (header.idColumn() > 0 ? 1 : 0), t.complete());
        // without an Object ID column the table lists no objects: its (empty) IDs must not make every
        // adjacency reference unknown, a cascade of the one structural finding already reported
        return new TableRun(result, header != null && header.idColumn() > 0 ? t.objectIds() : null);
    }

    private static void dataRow(TableContext t, List<TableCheck> checks, TableRow r) {
        if (r.isBlank()) {
            for (TableCheck c : checks) {
                c.blank(t, r.number());
            }
            return;
        }
        t.countRow();
        for (TableCheck c : checks) {
            c.row(t, r);
        }
    }

    private RowSource open(Path file, TableFormat format, String relFile, FindingSink sink) throws TableReadException {
        if (format == TableFormat.TSV) {
            return new DelimitedRowSource(inputs, file, DelimitedRowSource.TSV, TsvUnreadable.class);
        }
        XlsxRowSource x = new XlsxRowSource(inputs, file);
        if (x.usedFallbackSheet()) {
            sink.accept(RuleMeta.of(XlsxSheet.class).finding(relFile, Location.NONE,
                    "the workbook has no sheet named MAIN; the first sheet '" + x.sheetName() + "' was read instead"));
        }
        return x;
    }
}
