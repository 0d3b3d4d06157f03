package io.maskgate.packaging;

import io.maskgate.ometiff.OmeTiffWriter;
import io.maskgate.validation.OrderedParallel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Packages one trench of one hypothesis: reads its movie, renumbers every (time, label) to a mask-wide Object ID,
 * writes the trench's OME-TIFF (one plane per time point) and returns its objects-table and adjacency rows.
 * One per worker thread; owns its movie and frame buffers.
 */
final class TrenchWriter implements OrderedParallel.State {

    /** What one trench gave: its objects, the table rows (TSV) and adjacency rows (CSV); file null when empty. */
    record Output(int trench, long objects, String file, StringBuilder rows, StringBuilder adjacency) {
    }

    private final SourceStore store;
    private final MovieReader reader;
    private final FrameObjects frame;
    private final boolean[] seen = new boolean[FrameObjects.LABELS];
    private final long[] ids = new long[FrameObjects.LABELS];
    private final double[] axes = new double[2];

    TrenchWriter(SourceStore store) {
        this.store = store;
        this.reader = new MovieReader(store);
        this.frame = new FrameObjects(store.width, store.height);
    }

    /** Objects of movie ({@code hypothesis}, {@code trench}): distinct labels summed over its frames. */
    long count(int hypothesis, int trench) {
        if (!reader.read(hypothesis, trench)) {
            return 0;
        }
        int pixels = store.height * store.width;
        long n = 0;
        for (int t = 0; t < store.times; t++) {
            n += FrameObjects.countLabels(reader.movie, t * pixels, pixels, seen);
        }
        return n;
    }

    /**
     * Writes movie ({@code hypothesis}, {@code trench}) with Object IDs from {@code firstId} on into
     * {@code dir/file}; a trench without objects writes no file.
     */
    Output write(int trench, long firstId, long objects, Path dir, String file, String uuid, MaskValues values,
                 OmeTiffWriter.Settings settings) throws IOException {
        StringBuilder rows = new StringBuilder();
        StringBuilder adjacency = new StringBuilder();
        if (objects == 0) {
            return new Output(trench, 0, null, rows, adjacency);
        }
        reader.read(values.hypothesis(), trench);
        int w = store.width;
        byte[] movie = reader.movie;
        OmeTiffWriter tiff = OmeTiffWriter.create(dir.resolve(file), w, store.height, List.of(MaskNaming.MASK),
                settings.withZT(1, store.times).withUuid(uuid));
        boolean done = false;
        try {
            emit(trench, firstId, objects, file, values, false, rows, adjacency, null, offset ->
                    tiff.writePlane((y, row) -> {
                        int base = offset + (int) y * w;
                        for (int x = 0; x < w; x++) {
                            row[x] = ids[movie[base + x] & 0xFF];
                        }
                    }));
            tiff.close();
            done = true;
        } finally {
            if (!done) {
                tiff.abort();
            }
        }
        return new Output(trench, objects, file, rows, adjacency);
    }

    /**
     * Reads movie ({@code hypothesis}, {@code trench}) into {@link #movie()} and gives its table and adjacency rows
     * for the FOV file {@code file}: positions in full-frame pixels, Object IDs from {@code firstId} on; the first
     * Object ID of every frame goes to {@code frameFirst}. Writes no pixels: the FOV writer places the movie.
     */
    Output rows(int trench, long firstId, long objects, String file, MaskValues values, long[] frameFirst)
            throws IOException {
        StringBuilder rows = new StringBuilder();
        StringBuilder adjacency = new StringBuilder();
        if (objects == 0) {
            return new Output(trench, 0, null, rows, adjacency);
        }
        reader.read(values.hypothesis(), trench);
        emit(trench, firstId, objects, file, values, true, rows, adjacency, frameFirst, null);
        return new Output(trench, objects, file, rows, adjacency);
    }

    /** The movie last read: {@code time × height × width} source labels. */
    byte[] movie() {
        return reader.movie;
    }

    /** Receives each frame once its labels have their Object IDs in {@link #ids}. */
    @FunctionalInterface
    private interface FrameSink {
        void frame(int offset) throws IOException;
    }

    private void emit(int trench, long firstId, long objects, String file, MaskValues values, boolean inFrame,
                      StringBuilder rows, StringBuilder adjacency, long[] frameFirst, FrameSink sink)
            throws IOException {
        TrenchRecord where = store.mapping.get(trench);
        String fixed = values.fixedCells(file);
        String fov = MaskValues.TSV.format(where.fov());
        int pixels = store.width * store.height;
        long next = firstId;
        byte[] movie = reader.movie;
        for (int t = 0; t < store.times; t++) {
            int offset = t * pixels;
            frame.measure(movie, offset);
            if (frameFirst != null) {
                frameFirst[t] = next;
            }
            for (int i = 0; i < frame.labelCount; i++) {
                int label = frame.labels[i];
                ids[label] = next++;
                row(rows, ids[label], fixed, fov, where, t, label, values, inFrame);
            }
            for (int p = 0; p < frame.pairCount; p++) {
                int pair = frame.pairs[p];
                adjacency.append(ids[pair >>> 8]).append(',').append(ids[pair & 0xFF]).append('\n');
            }
            if (sink != null) {
                sink.frame(offset);
            }
            for (int i = 0; i < frame.labelCount; i++) {
                ids[frame.labels[i]] = 0;
            }
        }
        if (next - firstId != objects) {
            throw new IllegalStateException("trench " + trench + " had " + objects + " objects when counted and "
                    + (next - firstId) + " when written");
        }
    }

    /**
     * One table row. X, Y and the bounding box are in pixels of the source file: the crop, or the full frame when
     * {@code inFrame} (FOV layout; a flipped crop's top row is then its bottom row).
     */
    private void row(StringBuilder sb, long id, String fixed, String fov, TrenchRecord where, int t, int label,
                     MaskValues v, boolean inFrame) {
        double cx = frame.centroidX(label);
        double cy = frame.centroidY(label);
        long area = frame.count[label];
        double px = v.pixelSizeUm();
        int h = store.height;
        double frameX = where.frameX(cx);
        double frameY = where.frameY(cy, h);
        frame.axes(label, axes);
        sb.append(id).append('\t').append(fixed).append('\t')
                .append(Math.round(inFrame ? frameX : cx)).append('\t').append(Math.round(inFrame ? frameY : cy))
                .append("\t0\t").append(where.trenchId()).append('\t').append(fov).append('\t');
        Decimal.append(sb, frameX);
        sb.append('\t');
        Decimal.append(sb, frameY);
        sb.append('\t').append(t).append('\t');
        if (v.hasMinutes()) {
            Decimal.append(sb, t * v.frameIntervalMs() / 60_000.0);
            sb.append('\t');
        }
        sb.append(label).append('\t').append(v.hypothesis()).append('\t');
        if (v.hasEpoch()) {
            sb.append(v.epoch()).append('\t');
        }
        sb.append(area).append('\t');
        Decimal.append(sb, area * px * px);
        sb.append('\t');
        Decimal.append(sb, axes[0] * px);
        sb.append('\t');
        Decimal.append(sb, axes[1] * px);
        int minX = frame.minX[label];
        int maxX = frame.maxX[label];
        int minY = frame.minY[label];
        int maxY = frame.maxY[label];
        if (inFrame) {
            minX += where.xLeft();
            maxX += where.xLeft();
            int top = (int) where.frameY(where.needsFlip() ? maxY : minY, h);
            maxY = (int) where.frameY(where.needsFlip() ? minY : maxY, h);
            minY = top;
        }
        sb.append('\t').append(minX).append('\t').append(minY).append('\t').append(maxX).append('\t').append(maxY)
                .append('\n');
    }

    @Override
    public void close() {
        reader.close();
    }
}
