package io.maskgate.packaging;

import io.maskgate.objects.ObjectsTableWriter;
import io.maskgate.ometiff.OmeTiffWriter;
import io.maskgate.validation.ProgressListener;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes the dataset folder of one hypothesis: one OME-TIFF per trench with objects, the objects table and the
 * adjacency list. Two passes over the trenches, both parallel: the first counts each trench's objects so that
 * Object IDs can be numbered in (trench, time, label) order before any is written; the second writes the masks
 * on the workers and streams the table rows, in trench order, on the calling thread.
 */
final class DatasetWriter {

    private final SourceStore store;
    private final PackageOptions options;

    DatasetWriter(SourceStore store, PackageOptions options) {
        this.store = store;
        this.options = options;
    }

    /** The folder name of hypothesis {@code h}: {@code epoch-3999}, or {@code hypothesis-16} when epochs are unknown. */
    static String directoryName(SourceStore store, int h) {
        return store.epochs == null ? "hypothesis-" + h : "epoch-" + store.epoch(h);
    }

    DatasetResult write(int h, Path datasetDir, String seed) throws Exception {
        String name = datasetDir.getFileName().toString();
        Path masks = datasetDir.resolve(MaskNaming.MASK_DIR);
        Files.createDirectories(masks);
        Files.createDirectories(datasetDir.resolve("extras"));
        Files.createDirectories(datasetDir.resolve("derived/extras"));
        ProgressListener progress = options.progress();
        int n = store.trenches;

        long[] counts = new long[n];
        progress.begin(name + ": counting objects", n);
        try {
            OrderedParallel.run(n, options.threads(), () -> new TrenchWriter(store), (w, t) -> w.count(h, t),
                    (t, c) -> {
                        counts[t] = c;
                        progress.advance(1);
                    });
        } finally {
            progress.end();
        }
        long[] first = new long[n];
        long total = 0;
        int empty = 0;
        for (int t = 0; t < n; t++) {
            first[t] = total + 1;
            total += counts[t];
            empty += counts[t] == 0 ? 1 : 0;
        }
        String pixelType = MaskNaming.pixelType(total);
        MaskNaming naming = new MaskNaming(n, seed + "/" + name);
        OmeTiffWriter.Settings settings = OmeTiffWriter.Settings.of(pixelType, store.pixelSizeUm, store.pixelSizeUm)
                .withTileShape(roundUp16(store.width), roundUp16(store.height))
                .withPyramidMinSize(Math.max(roundUp16(store.width), roundUp16(store.height)))
                .withDeflateLevel(Deflater.BEST_SPEED);
        Submission s = options.submission();
        MaskValues values = new MaskValues(s.maskId(), s.maskProtocolDoi(), s.annotationTool(), s.objectType(), h,
                store.epoch(h), store.pixelSizeUm, store.frameIntervalMs);
        ObjectsTableWriter table = ObjectColumns.writer(values.hasEpoch(), values.hasMinutes());
        long[] adjacencies = {0};
        int[] files = {0};
        List<Integer> emptyTrenches = new ArrayList<>();
        progress.begin(name + ": writing masks", total);
        try (Writer tsv = utf8(masks.resolve(MaskNaming.OBJECTS_TSV));
             Writer csv = utf8(masks.resolve(MaskNaming.ADJACENCY))) {
            for (List<String> row : table.headerRows()) {
                tsv.write(row.isEmpty() ? "" : MaskValues.TSV.format(row.toArray()));
                tsv.write('\n');
            }
            csv.write("object_id_1,object_id_2\n");
            OrderedParallel.run(n, options.threads(), () -> new TrenchWriter(store),
                    (w, t) -> w.write(t, first[t], counts[t], masks, naming.trenchFile(t),
                            naming.uuid(naming.trenchFile(t)), values, settings),
                    (t, out) -> {
                        tsv.append(out.rows());
                        csv.append(out.adjacency());
                        adjacencies[0] += countLines(out.adjacency());
                        if (out.file() == null) {
                            emptyTrenches.add(t);
                        } else {
                            files[0]++;
                        }
                        progress.advance(out.objects());
                    });
        } finally {
            progress.end();
        }
        DatasetResult result = new DatasetResult(name, h, store.epoch(h), total, files[0], empty, adjacencies[0],
                pixelType);
        Provenance.write(datasetDir, store, options, result, emptyTrenches);
        return result;
    }

    private static long countLines(CharSequence s) {
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
