package io.maskgate.labels;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One-pass analysis of 2-D uint8 label frames (the connected-components kernel of the pixel scan).
 *
 * <p>Algorithm: run-length union-find. The frame is read as little-endian 64-bit words; a word whose
 * bytes and the byte before it are all zero (background) is skipped with one compare, and inside a
 * non-zero word SWAR byte tricks find the run boundaries (a byte differing from its left neighbour,
 * or a row start) without touching single pixels. Each run of one label updates that label's area
 * and bounding box and is unioned with the overlapping runs of the same label in the row above;
 * every successful union lowers the label's component count, so the count is known at the end of
 * the pass without a second labelling pass. Chosen over a two-pass pixel labelling because the cost
 * scales with the number of runs (about 100–300 in a real 164×34 frame) instead of the 5,576
 * pixels, and background — most of a mother-machine frame — costs one compare per 8 pixels.
 * Hand-written because no library offers connected components on a reused {@code byte[]} without
 * allocating per frame.
 *
 * <p>Allocation-free after construction: all state lives in primitive arrays sized by the frame and
 * by the 256 possible labels. Not thread-safe: one analyser per worker.
 */
public final class FrameAnalyzer implements FrameAnalysis {

    /** Number of uint8 label values (0 = background). */
    public static final int LABELS = 256;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;

    private final int height;
    private final int width;
    private final int size;
    /** Per 8-byte word of the frame: the high bit of every byte that starts a row. */
    private final long[] rowStarts;

    // Runs of the current frame, in raster order.
    private final int[] runRow;
    private final int[] runX0;
    private final int[] runX1;
    private final int[] runLabel;
    private final int[] parent;
    private int runCount;

    // Row bookkeeping while scanning.
    private int curRow;
    private int rowStart;
    private int rowEnd;
    private int curFirst;
    private int prevEnd;
    private int prevScan;

    // Per label, valid where area > 0.
    private final int[] area = new int[LABELS];
    private final int[] minY = new int[LABELS];
    private final int[] maxY = new int[LABELS];
    private final int[] minX = new int[LABELS];
    private final int[] maxX = new int[LABELS];
    private final int[] first = new int[LABELS];
    private final int[] comps = new int[LABELS];
    private final int[] seen = new int[LABELS];
    private int seenCount;
    private int maxLabel;

    /**
     * @throws IllegalArgumentException when the frame is empty or larger than {@link #MAX_FRAME_PIXELS}
     */
    public FrameAnalyzer(int height, int width) {
        if (height <= 0 || width <= 0 || (long) height * width > MAX_FRAME_PIXELS) {
            throw new IllegalArgumentException("frame " + height + "x" + width + " is empty or larger than "
                    + MAX_FRAME_PIXELS + " pixels");
        }
        this.height = height;
        this.width = width;
        this.size = height * width;
        int words = (size + 7) >>> 3;
        this.rowStarts = new long[words];
        for (int i = 0; i < size; i += width) {
            rowStarts[i >>> 3] |= 0x80L << ((i & 7) << 3);
        }
        // A run has at least one pixel, so a frame has at most `size` runs.
        this.runRow = new int[size];
        this.runX0 = new int[size];
        this.runX1 = new int[size];
        this.runLabel = new int[size];
        this.parent = new int[size];
    }

    /** Largest frame the analyser accepts (its arrays cost about 21 bytes per pixel). */
    public static final int MAX_FRAME_PIXELS = 1 << 24;

    /** Heap the analyser of a {@code height × width} frame needs, for memory budgets. */
    public static long bytesNeeded(int height, int width) {
        long px = (long) height * width;
        return 5 * 4 * px + px + 9 * 4 * LABELS + 256;
    }

    /**
     * Analyses the frame of {@code height × width} bytes at {@code offset} in {@code data}
     * (row-major, one byte per pixel). Results replace those of the previous frame.
     */
    public void analyze(byte[] data, int offset) {
        if (offset < 0 || offset > data.length - size) {
            throw new IndexOutOfBoundsException("frame at " + offset + " of " + size + " bytes exceeds " + data.length);
        }
        for (int i = 0; i < seenCount; i++) {
            area[seen[i]] = 0;
        }
        seenCount = 0;
        maxLabel = 0;
        runCount = 0;
        curRow = -2;
        rowStart = 0;
        rowEnd = 0;
        curFirst = 0;
        prevEnd = 0;
        prevScan = 0;

        final long[] starts = rowStarts;
        final int fullWords = size >>> 3;
        final int words = starts.length;
        long prev = 0;       // the byte before the current word, in bits 0..7
        int segStart = 0;    // frame index where the current segment began
        int segLabel = 0;    // label of the current segment, 0 = background
        for (int k = 0; k < words; k++) {
            final int base = k << 3;
            final long w = k < fullWords ? (long) LONGS.get(data, offset + base) : tail(data, offset + base, size - base);
            if ((w | prev) == 0) {
                continue; // background word after background: no boundary possible
            }
            final long shifted = (w << 8) | prev;
            final long d = w ^ shifted;
            long boundaries = ((((d & LOW7) + LOW7) | d) & HIGH)
                    | (starts[k] & ((((w & LOW7) + LOW7) | w) & HIGH));
            while (boundaries != 0) {
                final int bit = Long.numberOfTrailingZeros(boundaries);
                boundaries &= boundaries - 1;
                final int at = base + (bit >>> 3);
                if (segLabel != 0) {
                    run(segStart, at, segLabel);
                }
                segStart = at;
                segLabel = (int) (w >>> (bit - 7)) & 0xFF;
            }
            prev = w >>> 56;
        }
        if (segLabel != 0 && segStart < size) {
            run(segStart, size, segLabel);
        }
    }

    /** The last, partial word of a frame whose size is not a multiple of 8, zero-padded. */
    private static long tail(byte[] data, int from, int count) {
        long w = 0;
        for (int j = 0; j < count; j++) {
            w |= (data[from + j] & 0xFFL) << (j << 3);
        }
        return w;
    }

    /** Records the run {@code [start, end)} (frame indices, within one row) of {@code label}. */
    private void run(int start, int end, int label) {
        if (start >= rowEnd) {
            int row = start / width;
            if (row == curRow + 1) {
                prevScan = curFirst;
                prevEnd = runCount;
            } else {
                prevScan = runCount;
                prevEnd = runCount;
            }
            curRow = row;
            rowStart = row * width;
            rowEnd = rowStart + width;
            curFirst = runCount;
        }
        final int x0 = start - rowStart;
        final int x1 = end - rowStart;
        final int r = runCount++;
        final int y = curRow;
        runRow[r] = y;
        runX0[r] = x0;
        runX1[r] = x1;
        runLabel[r] = label;
        parent[r] = r;
        if (area[label] == 0) {
            seen[seenCount++] = label;
            if (label > maxLabel) {
                maxLabel = label;
            }
            area[label] = x1 - x0;
            first[label] = start;
            minY[label] = y;
            minX[label] = x0;
            maxX[label] = x1 - 1;
            comps[label] = 1;
        } else {
            area[label] += x1 - x0;
            if (x0 < minX[label]) {
                minX[label] = x0;
            }
            if (x1 - 1 > maxX[label]) {
                maxX[label] = x1 - 1;
            }
            comps[label]++;
        }
        maxY[label] = y;
        // Runs of the row above that end at or before x0 cannot touch this run nor any later one.
        int q = prevScan;
        final int pe = prevEnd;
        while (q < pe && runX1[q] <= x0) {
            q++;
        }
        prevScan = q;
        for (; q < pe && runX0[q] < x1; q++) {
            if (runLabel[q] == label) {
                union(q, r, label);
            }
        }
    }

    private void union(int a, int b, int label) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // The older run stays root, so roots are the first run of each component.
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
            comps[label]--;
        }
    }

    private int find(int x) {
        int[] p = parent;
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int labelCount() {
        return seenCount;
    }

    @Override
    public int labelAt(int i) {
        if (i < 0 || i >= seenCount) {
            throw new IndexOutOfBoundsException(i);
        }
        return seen[i];
    }

    @Override
    public int maxLabel() {
        return maxLabel;
    }

    @Override
    public boolean present(int label) {
        return label > 0 && label < LABELS && area[label] > 0;
    }

    @Override
    public int area(int label) {
        return present(label) ? area[label] : 0;
    }

    @Override
    public int minY(int label) {
        return minY[label];
    }

    @Override
    public int maxY(int label) {
        return maxY[label];
    }

    @Override
    public int minX(int label) {
        return minX[label];
    }

    @Override
    public int maxX(int label) {
        return maxX[label];
    }

    @Override
    public int firstPixel(int label) {
        return first[label];
    }

    @Override
    public int components(int label) {
        return present(label) ? comps[label] : 0;
    }

    /** Number of runs (horizontal segments of one label) in the frame. */
    public int runCount() {
        return runCount;
    }

    @Override
    public int[][] componentBoxes(int label) {
        if (!present(label)) {
            return new int[0][];
        }
        int n = comps[label];
        int[][] boxes = new int[n][];
        // Reporting path only: allocation is fine here, but stay linear in the runs (a noisy
        // frame can split one label into thousands of components).
        int[] slotOfRoot = new int[runCount];
        Arrays.fill(slotOfRoot, -1);
        int found = 0;
        for (int r = 0; r < runCount; r++) {
            if (runLabel[r] != label) {
                continue;
            }
            int root = find(r);
            int slot = slotOfRoot[root];
            int y = runRow[r];
            if (slot < 0) {
                slot = found++;
                slotOfRoot[root] = slot;
                boxes[slot] = new int[] {y, y, runX0[r], runX1[r] - 1};
            } else {
                int[] b = boxes[slot];
                b[1] = Math.max(b[1], y);
                b[2] = Math.min(b[2], runX0[r]);
                b[3] = Math.max(b[3], runX1[r] - 1);
            }
        }
        return found == n ? boxes : Arrays.copyOf(boxes, found);
    }
}
