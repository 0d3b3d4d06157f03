package io.maskgate.packaging;

import io.maskgate.io.NoSpaceException;
import io.maskgate.io.TempSiblings;
import io.maskgate.objects.XlsxTableWriter;
import io.maskgate.validation.UsageException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Packages a mask store as a HuBMAP segmentation-mask upload. Everything is written into a temporary sibling of
 * the target and moved into place only when complete, so a failure or an interrupt leaves nothing at the target
 * (the temporary folder is removed, also by a shutdown hook on Ctrl-C; after {@code kill -9}, by the next run).
 * The store is only read.
 */
public final class Packager {

    /** Suffix of the temporary upload folder and archive (see {@link TempSiblings}). */
    private static final String PART = ".part";

    private Packager() {
    }

    /**
     * Writes the upload.
     *
     * @throws UsageException      for a target that exists and is not empty, or hypotheses the store does not have
     * @throws SourceDataException when the store cannot be packaged as it is
     */
    public static PackageResult run(PackageOptions options) throws Exception {
        Path target = options.out().toAbsolutePath().normalize();
        requireEmptyTarget(target);
        Path zip = options.zip() ? target.resolveSibling(target.getFileName() + ".zip") : null;
        if (zip != null && Files.exists(zip)) {
            throw new UsageException(zip + " exists already; remove it or choose another --out");
        }
        SourceStore store = SourceStore.open(options.store());
        List<Integer> chosen = hypotheses(store, options.hypotheses());
        FovPlan fovs = options.layout() == MaskLayout.FOV ? FovPlan.of(store) : null;
        DatasetWriter writer = new DatasetWriter(store, options, fovs);
        // Every count before any file: Object IDs need them, and an XLSX table that cannot fit is refused up front.
        List<long[]> counts = new ArrayList<>();
        for (int h : chosen) {
            counts.add(writer.count(h));
        }
        if (options.objectsFormat() == ObjectsFormat.XLSX) {
            requireOneSheet(store, writer, chosen, counts);
        }
        Files.createDirectories(target.getParent());
        // What a killed run (kill -9: no shutdown hook) left is removed; a run still going keeps its own.
        TempSiblings.removeStale(target, PART);
        if (zip != null) {
            TempSiblings.removeStale(zip, PART);
        }
        Path temp = TempSiblings.of(target, PART);
        Path zipTemp = zip == null ? null : TempSiblings.of(zip, PART);
        Thread cleanup = new Thread(() -> TempSiblings.deleteTree(temp), "maskgate-package-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean done = false;
        try {
            Files.createDirectory(temp);
            String seed = String.join(",", store.checksums.values());
            List<DatasetResult> datasets = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                int h = chosen.get(i);
                String dir = DatasetWriter.directoryName(store, h);
                datasets.add(writer.write(h, counts.get(i), temp.resolve(dir), seed));
            }
            UploadTables.write(temp, options.submission(), datasets);
            for (DatasetResult d : datasets) {
                Manifest.write(temp.resolve(d.directory()));
            }
            if (zip != null) {
                ReproducibleZip.write(temp, target.getFileName().toString(), zipTemp);
            }
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked above
            }
            move(temp, target);
            if (zipTemp != null) {
                move(zipTemp, zip);
            }
            done = true;
            return new PackageResult(target, zip, datasets);
        } catch (IOException e) {
            throw NoSpaceException.naming(target, e);
        } finally {
            if (!done) {
                TempSiblings.deleteTree(temp);
                if (zipTemp != null) {
                    TempSiblings.deleteTree(zipTemp);
                }
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException ignored) {
                // the JVM is shutting down: the hook runs
            }
        }
    }

    /**
     * Refuses {@code --objects-format xlsx} when a chosen hypothesis has more rows than one sheet holds: HuBMAP
     * takes one table per mask, so splitting it over sheets or files is no way out, and TSV has no limit.
     */
    private static void requireOneSheet(SourceStore store, DatasetWriter writer, List<Integer> chosen,
                                        List<long[]> counts) {
        List<String> names = new ArrayList<>();
        List<Long> objects = new ArrayList<>();
        int header = 0;
        for (int i = 0; i < chosen.size(); i++) {
            long n = 0;
            for (long c : counts.get(i)) {
                n += c;
            }
            names.add(DatasetWriter.directoryName(store, chosen.get(i)));
            objects.add(n);
            header = Math.max(header, ObjectsTableOutput.headerRows(DatasetWriter.table(writer.values(chosen.get(i)))));
        }
        String refused = sheetOverflow(names, objects, header, XlsxTableWriter.MAX_ROWS);
        if (refused != null) {
            throw new UsageException(refused);
        }
    }

    /** Why tables of {@code objects} rows after {@code header} rows do not fit {@code maxRows}, or null when they do. */
    static String sheetOverflow(List<String> datasets, List<Long> objects, int header, int maxRows) {
        List<String> tooBig = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) {
            if (objects.get(i) + header > maxRows) {
                tooBig.add(datasets.get(i) + " has " + objects.get(i) + " objects");
            }
        }
        if (tooBig.isEmpty()) {
            return null;
        }
        return "--objects-format xlsx: " + String.join(", ", tooBig) + ", more than one sheet holds (" + maxRows
                + " rows including the " + header + "-row header block); nothing was written. Package with the "
                + "default --objects-format tsv, which has no row limit";
    }

    /** The hypotheses {@code spec} names: {@code final}, {@code all} or comma-separated epochs. */
    static List<Integer> hypotheses(SourceStore store, String spec) {
        if (spec.equals("final")) {
            return List.of(store.hypotheses - 1);
        }
        List<Integer> all = new ArrayList<>();
        if (spec.equals("all")) {
            for (int h = 0; h < store.hypotheses; h++) {
                all.add(h);
            }
            return all;
        }
        if (store.epochs == null) {
            throw new UsageException("--hypotheses " + spec + ": the store has no hypothesis_epoch_values, so only "
                    + "'final' or 'all' can be chosen");
        }
        List<String> unknown = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            String p = part.strip();
            int h;
            try {
                h = store.hypothesisOfEpoch(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                h = -1;
            }
            if (h < 0) {
                unknown.add(p);
            } else if (!all.contains(h)) {
                all.add(h);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UsageException("--hypotheses: no hypothesis for epoch " + String.join(", ", unknown)
                    + "; the store has epochs " + java.util.Arrays.toString(store.epochs)
                    + " (or use 'final' or 'all')");
        }
        all.sort(null);
        return all;
    }

    private static void requireEmptyTarget(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new UsageException("--out " + target + " exists and is not a folder");
        }
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent()) {
                throw new UsageException("--out " + target + " exists and is not empty; packaging never overwrites");
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
