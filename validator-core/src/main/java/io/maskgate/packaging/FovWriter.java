package io.maskgate.packaging;

import io.maskgate.ometiff.OmeTiffWriter;
import io.maskgate.validation.OrderedParallel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Packages one field of view of one hypothesis ({@code --layout fov}): reads the movies of its trenches one at a
 * time (their table rows go to a scratch file, their labels to a scratch movie file, so the heap holds one movie
 * whatever the FOV's size), then writes the full-frame OME-TIFF plane by plane, each trench's frame put at its
 * {@code trench_mapping} bounds (flipped back where {@code needs_flip}). Objects of trenches whose bounds touch
 * edge to edge can touch in the frame: those pairs are added to the adjacency rows. One per worker thread.
 */
final class FovWriter implements OrderedParallel.State {

    /**
     * What one FOV gave: its objects, its mask file (null when it has no object), the scratch files holding its
     * table rows (TSV) and adjacency rows (CSV), how many adjacency rows, and its trenches without objects.
     */
    record Output(int fov, long objects, String file, Path rows, Path adjacency, long adjacencies,
                  List<Integer> emptyTrenches) {
    }

    /** Where one packaged dataset's FOV files go and how they are written; shared, read-only, by the workers. */
    static final class Job {
        final FovPlan plan;
        /** Objects and first Object ID of every trench of the store. */
        final long[] counts;
        final long[] firstIds;
        final Path masks;
        final Path scratch;
        final MaskNaming naming;
        final MaskValues values;
        final OmeTiffWriter.Settings settings;

        Job(FovPlan plan, long[] counts, long[] firstIds, Path masks, Path scratch, MaskNaming naming,
            MaskValues values, OmeTiffWriter.Settings settings) {
            this.plan = plan;
            this.counts = counts;
            this.firstIds = firstIds;
            this.masks = masks;
            this.scratch = scratch;
            this.naming = naming;
            this.values = values;
            this.settings = settings;
        }
    }

    private final SourceStore store;
    private final TrenchWriter trenches;
    private final Job job;
    private final int pixels;

    FovWriter(SourceStore store, Job job) {
        this.store = store;
        this.trenches = new TrenchWriter(store);
        this.job = job;
        this.pixels = store.width * store.height;
    }

    Output write(int fovIndex) throws IOException {
        FovPlan.Fov fov = job.plan.fovs.get(fovIndex);
        String file = job.naming.fovFile(fovIndex);
        Path rows = job.scratch.resolve(fovIndex + ".rows.tsv");
        Path adjacency = job.scratch.resolve(fovIndex + ".adjacency.csv");
        Path movies = job.scratch.resolve(fovIndex + ".movies");
        List<Integer> empty = new ArrayList<>();
        List<Integer> placed = new ArrayList<>();
        long objects = 0;
        long pairs = 0;
        List<long[]> frameFirst = new ArrayList<>();
        try (Writer rowOut = utf8(rows); Writer adjacencyOut = utf8(adjacency);
             FileChannel movieOut = FileChannel.open(movies, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                     StandardOpenOption.READ)) {
            for (int t : fov.trenches()) {
                if (job.counts[t] == 0) {
                    empty.add(t);
                    continue;
                }
                long[] first = new long[store.times];
                TrenchWriter.Output out = trenches.rows(t, job.firstIds[t], job.counts[t], file, job.values, first);
                rowOut.append(out.rows());
                adjacencyOut.append(out.adjacency());
                pairs += DatasetWriter.countLines(out.adjacency());
                objects += out.objects();
                writeFully(movieOut, ByteBuffer.wrap(trenches.movie()), (long) placed.size() * store.times * pixels);
                placed.add(t);
                frameFirst.add(first);
            }
            if (!placed.isEmpty()) {
                Set<Long> touching = new LinkedHashSet<>();
                writeTiff(file, placed, frameFirst, movieOut, touching);
                for (long key : touching) {
                    adjacencyOut.append(Long.toString(key >>> 32)).append(',')
                            .append(Long.toString(key & 0xFFFF_FFFFL)).append('\n');
                }
                pairs += touching.size();
            }
        } finally {
            Files.deleteIfExists(movies);
        }
        return new Output(fovIndex, objects, placed.isEmpty() ? null : file, rows, adjacency, pairs, empty);
    }

    private void writeTiff(String file, List<Integer> placed, List<long[]> frameFirst, FileChannel movies,
                           Set<Long> touching) throws IOException {
        int n = placed.size();
        int w = store.width;
        int h = store.height;
        FovPlan plan = job.plan;
        TrenchRecord[] box = new TrenchRecord[n];
        for (int i = 0; i < n; i++) {
            box[i] = store.mapping.get(placed.get(i));
        }
        int[][] cover = cover(box, plan.height, h);
        List<int[]> besideRight = new ArrayList<>(); // {a, b}: b starts where a ends in x, rows overlapping
        List<int[]> below = new ArrayList<>();       // {a, b}: b starts where a ends in y, columns overlapping
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                boolean rowsMeet = box[a].yTop() < box[b].yTop() + h && box[b].yTop() < box[a].yTop() + h;
                boolean colsMeet = box[a].xLeft() < box[b].xLeft() + w && box[b].xLeft() < box[a].xLeft() + w;
                if (box[a].xLeft() + w == box[b].xLeft() && rowsMeet) {
                    besideRight.add(new int[] {a, b});
                }
                if (box[a].yTop() + h == box[b].yTop() && colsMeet) {
                    below.add(new int[] {a, b});
                }
            }
        }
        byte[][] frames = new byte[n][pixels];
        long[][] lut = new long[n][FrameObjects.LABELS];
        boolean[] present = new boolean[FrameObjects.LABELS];
        OmeTiffWriter tiff = OmeTiffWriter.create(job.masks.resolve(file), plan.width, plan.height,
                List.of(MaskNaming.MASK), job.settings.withZT(1, store.times).withUuid(job.naming.uuid(file)));
        boolean done = false;
        try {
            for (int t = 0; t < store.times; t++) {
                for (int i = 0; i < n; i++) {
                    readFully(movies, ByteBuffer.wrap(frames[i]), ((long) i * store.times + t) * pixels);
                    relabel(frames[i], frameFirst.get(i)[t], lut[i], present);
                }
                tiff.writePlane((y, row) -> {
                    Arrays.fill(row, 0);
                    for (int i : cover[(int) y]) {
                        TrenchRecord b = box[i];
                        int base = cropRow(b, (int) y, h) * w;
                        byte[] f = frames[i];
                        long[] ids = lut[i];
                        for (int x = 0; x < w; x++) {
                            int v = f[base + x] & 0xFF;
                            if (v != 0) {
                                row[b.xLeft() + x] = ids[v];
                            }
                        }
                    }
                });
                for (int[] p : besideRight) {
                    TrenchRecord a = box[p[0]];
                    TrenchRecord b = box[p[1]];
                    for (int y = Math.max(a.yTop(), b.yTop()), end = Math.min(a.yTop(), b.yTop()) + h; y < end; y++) {
                        touch(lut[p[0]][frames[p[0]][cropRow(a, y, h) * w + w - 1] & 0xFF],
                                lut[p[1]][frames[p[1]][cropRow(b, y, h) * w] & 0xFF], touching);
                    }
                }
                for (int[] p : below) {
                    TrenchRecord a = box[p[0]];
                    TrenchRecord b = box[p[1]];
                    int ra = cropRow(a, a.yTop() + h - 1, h) * w;
                    int rb = cropRow(b, b.yTop(), h) * w;
                    for (int x = Math.max(a.xLeft(), b.xLeft()), end = Math.min(a.xLeft(), b.xLeft()) + w; x < end; x++) {
                        touch(lut[p[0]][frames[p[0]][ra + x - a.xLeft()] & 0xFF],
                                lut[p[1]][frames[p[1]][rb + x - b.xLeft()] & 0xFF], touching);
                    }
                }
            }
            tiff.close();
            done = true;
        } finally {
            if (!done) {
                tiff.abort();
            }
        }
    }

    /** For every frame row, the placed trenches covering it. */
    private static int[][] cover(TrenchRecord[] box, int frameHeight, int h) {
        int[] counts = new int[frameHeight];
        for (TrenchRecord b : box) {
            for (int y = b.yTop(); y < b.yTop() + h; y++) {
                counts[y]++;
            }
        }
        int[][] cover = new int[frameHeight][];
        for (int y = 0; y < frameHeight; y++) {
            cover[y] = new int[counts[y]];
            counts[y] = 0;
        }
        for (int i = 0; i < box.length; i++) {
            for (int y = box[i].yTop(); y < box[i].yTop() + h; y++) {
                cover[y][counts[y]++] = i;
            }
        }
        return cover;
    }

    /** The crop row shown at frame row {@code y}: crops cut from a flipped trench are flipped back. */
    private static int cropRow(TrenchRecord b, int y, int h) {
        return b.needsFlip() ? b.yTop() + h - 1 - y : y - b.yTop();
    }

    /** Object IDs of the frame's labels: ascending labels numbered from {@code first}, as the table rows were. */
    private static void relabel(byte[] frame, long first, long[] lut, boolean[] present) {
        for (byte v : frame) {
            present[v & 0xFF] = true;
        }
        long next = first;
        for (int v = 1; v < FrameObjects.LABELS; v++) {
            lut[v] = present[v] ? next++ : 0;
            present[v] = false;
        }
        present[0] = false;
    }

    private static void touch(long a, long b, Set<Long> touching) {
        if (a != 0 && b != 0) {
            touching.add(Math.min(a, b) << 32 | Math.max(a, b));
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long p = position;
        while (buf.hasRemaining()) {
            p += ch.write(buf, p);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long p = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, p);
            if (n < 0) {
                throw new IOException("scratch movie file ends early at " + p);
            }
            p += n;
        }
    }

    private static Writer utf8(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void close() {
        trenches.close();
    }
}
