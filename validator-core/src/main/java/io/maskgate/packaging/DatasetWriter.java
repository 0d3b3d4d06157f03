package io.maskgate.packaging;

import io.maskgate.io.TempSiblings;
import io.maskgate.objects.ObjectsTableWriter;
import io.maskgate.ometiff.OmeTiffWriter;
import io.maskgate.validation.OrderedParallel;
import io.maskgate.validation.ProgressListener;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes the dataset folder of one hypothesis: the masks (one OME-TIFF per trench, or per field of view with
 * {@code --layout fov}), the objects table and the adjacency list. {@link #count} comes first, parallel over
 * trenches, so that Object IDs are numbered in (trench, time, label) order before any is written (and the table's
 * size is known before a file exists); {@link #write} then writes the masks on the workers and streams the table
 * rows, in trench (or FOV) order, on the calling thread.
 */
final class DatasetWriter {

    private final SourceStore store;
    private final PackageOptions options;
    private final FovPlan fovs;

    /** @param fovs the FOV plan for the FOV layout, null for the trench layout */
    DatasetWriter(SourceStore store, PackageOptions options, FovPlan fovs) {
        this.store = store;
        this.options = options;
        this.fovs = fovs;
    }

    /** The folder name of hypothesis {@code h}: {@code epoch-3999}, or {@code hypothesis-16} when epochs are unknown. */
    static String directoryName(SourceStore store, int h) {
        return store.epochs == null ? "hypothesis-" + h : "epoch-" + store.epoch(h);
    }

    /** Objects of every trench of hypothesis {@code h}. */
    long[] count(int h) throws Exception {
        ProgressListener progress = options.progress();
        int n = store.trenches;
        long[] counts = new long[n];
        progress.begin(directoryName(store, h) + ": counting objects", n);
        try {
            OrderedParallel.run(n, options.threads(), () -> new TrenchWriter(store), (w, t) -> w.count(h, t),
                    (t, c) -> {
                        counts[t] = c;
                        progress.advance(1);
                    });
        } finally {
            progress.end();
        }
        return counts;
    }

    /** The constant cells of hypothesis {@code h}'s rows. */
    MaskValues values(int h) {
        Submission s = options.submission();
        return new MaskValues(s.maskId(), s.maskProtocolDoi(), s.annotationTool(), s.objectType(), h,
                store.epoch(h), store.pixelSizeUm, store.frameIntervalMs);
    }

    /** The objects-table columns of a dataset with {@code values}. */
    static ObjectsTableWriter table(MaskValues values) {
        return ObjectColumns.writer(values.hasEpoch(), values.hasMinutes());
    }

    DatasetResult write(int h, long[] counts, Path datasetDir, String seed) throws Exception {
        String name = datasetDir.getFileName().toString();
        Path masks = datasetDir.resolve(MaskNaming.MASK_DIR);
        Files.createDirectories(masks);
        Files.createDirectories(datasetDir.resolve("extras"));
        Files.createDirectories(datasetDir.resolve("derived/extras"));
        int n = store.trenches;
        long[] first = new long[n];
        long total = 0;
        int empty = 0;
        for (int t = 0; t < n; t++) {
            first[t] = total + 1;
            total += counts[t];
            empty += counts[t] == 0 ? 1 : 0;
        }
        String pixelType = MaskNaming.pixelType(total);
        MaskValues values = values(h);
        Written written = new Written();
        ProgressListener progress = options.progress();
        progress.begin(name + ": writing masks", total);
        try (ObjectsTableOutput table = ObjectsTableOutput.open(masks, options.objectsFormat(), table(values));
             Writer csv = utf8(masks.resolve(MaskNaming.ADJACENCY))) {
            csv.write("object_id_1,object_id_2\n");
            if (fovs == null) {
                writeTrenches(counts, first, masks, seed + "/" + name, values, pixelType, table, csv, written);
            } else {
                writeFovs(counts, first, datasetDir, masks, seed + "/" + name, values, pixelType, table, csv, written);
            }
            table.finish();
        } finally {
            progress.end();
        }
        DatasetResult result = new DatasetResult(name, h, store.epoch(h), total, written.files, empty,
                written.adjacencies, pixelType, options.layout(), written.emptyFovs.size());
        Provenance.write(datasetDir, store, options, result, written.emptyTrenches, fovs, written.emptyFovs);
        return result;
    }

    /** What the writing pass gave, gathered on the calling thread. */
    private static final class Written {
        long adjacencies;
        int files;
        final List<Integer> emptyTrenches = new ArrayList<>();
        final List<String> emptyFovs = new ArrayList<>();
    }

    private void writeTrenches(long[] counts, long[] first, Path masks, String seed, MaskValues values,
                               String pixelType, ObjectsTableOutput table, Writer csv, Written written) throws Exception {
        MaskNaming naming = new MaskNaming(store.trenches, seed);
        OmeTiffWriter.Settings settings = OmeTiffWriter.Settings.of(pixelType, store.pixelSizeUm, store.pixelSizeUm)
                .withTileShape(roundUp16(store.width), roundUp16(store.height))
                .withPyramidMinSize(Math.max(roundUp16(store.width), roundUp16(store.height)))
                .withDeflateLevel(Deflater.BEST_SPEED);
        ProgressListener progress = options.progress();
        OrderedParallel.run(store.trenches, options.threads(), () -> new TrenchWriter(store),
                (w, t) -> w.write(t, first[t], counts[t], masks, naming.trenchFile(t),
                        naming.uuid(naming.trenchFile(t)), values, settings),
                (t, out) -> {
                    table.append(out.rows());
                    csv.append(out.adjacency());
                    written.adjacencies += countLines(out.adjacency());
                    if (out.file() == null) {
                        written.emptyTrenches.add(t);
                    } else {
                        written.files++;
                    }
                    progress.advance(out.objects());
                });
    }

    private void writeFovs(long[] counts, long[] first, Path datasetDir, Path masks, String seed, MaskValues values,
                           String pixelType, ObjectsTableOutput table, Writer csv, Written written) throws Exception {
        MaskNaming naming = new MaskNaming(fovs.fovs.size(), seed);
        // Full frames are far larger than a tile: 256-pixel tiles, pyramid levels down to one tile.
        OmeTiffWriter.Settings settings = OmeTiffWriter.Settings.of(pixelType, store.pixelSizeUm, store.pixelSizeUm)
                .withDeflateLevel(Deflater.BEST_SPEED);
        // Scratch beside the dataset folder inside the temporary upload: removed with it on any failure.
        Path scratch = Files.createDirectory(datasetDir.resolveSibling("." + datasetDir.getFileName() + ".scratch"));
        FovWriter.Job job = new FovWriter.Job(fovs, counts, first, masks, scratch, naming, values, settings);
        ProgressListener progress = options.progress();
        try {
            OrderedParallel.run(fovs.fovs.size(), options.threads(), () -> new FovWriter(store, job),
                    FovWriter::write,
                    (f, out) -> {
                        table.appendFile(out.rows());
                        try (Reader in = Files.newBufferedReader(out.adjacency(), StandardCharsets.UTF_8)) {
                            in.transferTo(csv);
                        }
                        Files.delete(out.rows());
                        Files.delete(out.adjacency());
                        written.adjacencies += out.adjacencies();
                        written.emptyTrenches.addAll(out.emptyTrenches());
                        if (out.file() == null) {
                            written.emptyFovs.add(fovs.fovs.get(f).name());
                        } else {
                            written.files++;
                        }
                        progress.advance(out.objects());
                    });
        } finally {
            TempSiblings.deleteTree(scratch);
        }
        written.emptyTrenches.sort(null);
    }

    static long countLines(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int roundUp16(int v) {
        return (v + 15) / 16 * 16;
    }

    private static Writer utf8(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }
}
