package io.maskgate.labels;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Analysis of 2-D uint8 label frames: the connected-components kernel of the pixel scan.
 *
 * <p>Two paths give the same results:
 * <ul>
 *   <li><b>Fast path</b> (frames 8..40 px wide; trenches are 34): first a branch-free pass loads
 *       each row into five 64-bit registers, compares it with the row above and lists the rows that
 *       differ — background rows and most rows through the middle of a rod-shaped cell repeat the
 *       row above. Then only the listed rows are decoded into runs with SWAR byte tricks (a row
 *       holding one run of one label, the common case, needs no loop at all). Each label is checked
 *       to be a vertical stack of single runs, each overlapping the one above: such a label is one
 *       4-connected object, so no union-find is needed. Only areas, the labels in raster order of
 *       their first pixel and the maximum label are computed; bounding boxes are not.</li>
 *   <li><b>Exact path</b>: run-length union-find. Each run updates its label's area and bounding box
 *       and is unioned with the overlapping runs of the same label in the row above; every
 *       successful union lowers the label's component count, so counts are known after one pass.
 *       It runs when the fast path finds a label that is not a simple stack (two runs in a row — a
 *       split label or a U shape —, a gap between rows, runs that do not overlap), for widths
 *       outside 8..40, and lazily, on the same frame, when bounding boxes are asked for (only when
 *       a finding is reported).</li>
 * </ul>
 * Why this shape: the scan must cost less than decoding the chunk (zstd, about 1.2 µs per frame).
 * A plain word-skipping run scan spends most of its time in branch mispredictions at every row
 * whose content changes; listing the changed rows without branches and handling single-run rows
 * without loops removes most of them (measured: about 2.4 → 1.0 µs per realistic frame). Rows of
 * 33..40 px then got their own path with constant word offsets, the per-label state in one
 * {@code long}, no load that waits for a run's position, and a two-word shortcut for rows whose
 * pixels lie in 8..23 (cells sit in the middle of a trench crop): 0.93 → 0.68 × the decode time
 * per frame on release-shaped data ({@code benchmarks/README.md}).
 * Hand-written because no library offers connected components on a reused {@code byte[]} without
 * allocating per frame.
 *
 * <p>Allocation-free after construction: all state lives in primitive arrays sized by the frame and
 * by the 256 possible labels. Results are valid until the next frame is analysed and, for the
 * lazily computed ones, while the analysed buffer is unchanged. Not thread-safe: one analyser per
 * worker.
 */
public final class FrameAnalyzer implements FrameAnalysis {

    /** Number of uint8 label values (0 = background). */
    public static final int LABELS = 256;

    /** Largest frame the analyser accepts (its arrays cost about 25 bytes per pixel). */
    public static final int MAX_FRAME_PIXELS = 1 << 24;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    private static final int ROW_WORDS_MAX = 5;

    private final int height;
    private final int width;
    private final int size;
    /** True when rows are compared in registers (8 <= width <= 40). */
    private final boolean rowPath;
    private final int rowWords;
    // Row path: where word j of a row is loaded from, how far it is shifted and whether it exists.
    private final int[] wordOffset = new int[ROW_WORDS_MAX];
    private final int[] wordShift = new int[ROW_WORDS_MAX];
    private final long[] wordMask = new long[ROW_WORDS_MAX];
    private final long[] rowBuf = new long[ROW_WORDS_MAX];
    /** Flat path: per 8-byte word of the frame, the high bit of every byte that starts a row. */
    private final long[] rowStarts;

    // Runs of the current frame, in raster order; a run stands for rows runRow..runLast (identical rows).
    private final int[] runRow;
    private final int[] runLast;
    private final int[] runX0;
    private final int[] runX1;
    private final int[] runLabel;
    private final int[] parent;
    private int runCount;

    // Where the current row's runs look for overlapping runs of the row above.
    private int prevScan;
    private int prevEnd;
    // Flat path row bookkeeping.
    private int curRow;
    private int rowStart;
    private int rowEnd;
    private int curFirst;

    // Per label, valid where area > 0.
    private final int[] area = new int[LABELS];
    private final int[] minY = new int[LABELS];
    private final int[] maxY = new int[LABELS];
    private final int[] minX = new int[LABELS];
    private final int[] maxX = new int[LABELS];
    private final int[] first = new int[LABELS];
    private final int[] comps = new int[LABELS];
    private final int[] seen = new int[LABELS + 1];  // + 1: a label listed twice before the fast path gives up
    private int seenCount;
    private int maxLabel;

    // Fast path: per label (last row holding it << STATE_ROW) | (x0 << 8) | x1 of that row's run, or
    // NO_STATE (row -2: never the row above); one load and one store per run. Then the changed rows.
    private static final int STATE_ROW = 16;
    private static final long NO_STATE = -2L << STATE_ROW;
    private final long[] state = new long[LABELS];
    private final int[] changed;
    private final int[] rowLabel = new int[8 * ROW_WORDS_MAX];
    private final int[] rowLength = new int[8 * ROW_WORDS_MAX];
    // The frame last analysed, for the lazy exact path.
    private byte[] frameData;
    private int frameOffset;
    private boolean exact;

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
        this.rowPath = width >= 8 && width <= 8 * ROW_WORDS_MAX;
        this.rowWords = (width + 7) >>> 3;
        if (rowPath) {
            int tail = width & 7;
            for (int j = 0; j < ROW_WORDS_MAX; j++) {
                boolean last = j == rowWords - 1;
                // The last word is loaded ending at the row end (never past the frame) and shifted down.
                wordOffset[j] = Math.min(j << 3, width - 8);
                wordShift[j] = last && tail != 0 ? (8 - tail) << 3 : 0;
                wordMask[j] = j < rowWords ? -1L : 0L;
            }
            this.rowStarts = new long[0];
        } else {
            this.rowStarts = new long[(size + 7) >>> 3];
            for (int i = 0; i < size; i += width) {
                rowStarts[i >>> 3] |= 0x80L << ((i & 7) << 3);
            }
        }
        this.changed = new int[rowPath ? height + 1 : 0];
        Arrays.fill(state, NO_STATE);
        // A run has at least one pixel, so a frame has at most `size` runs.
        this.runRow = new int[size];
        this.runLast = new int[size];
        this.runX0 = new int[size];
        this.runX1 = new int[size];
        this.runLabel = new int[size];
        this.parent = new int[size];
    }

    /** Heap the analyser of a {@code height × width} frame needs, for memory budgets. */
    public static long bytesNeeded(int height, int width) {
        long px = (long) height * width;
        return 6 * 4 * px + px + 9 * 4 * LABELS + 512;
    }

    /**
     * Analyses the frame of {@code height × width} bytes at {@code offset} in {@code data}
     * (row-major, one byte per pixel). Results replace those of the previous frame. Never reads
     * outside the frame.
     */
    public void analyze(byte[] data, int offset) {
        if (offset < 0 || offset > data.length - size) {
            throw new IndexOutOfBoundsException("frame at " + offset + " of " + size + " bytes exceeds " + data.length);
        }
        frameData = data;
        frameOffset = offset;
        reset();
        if (rowPath && (blank(data, offset) || fastRows(data, offset))) {
            exact = false;
            return;
        }
        analyzeExact();
    }

    /**
     * True for a frame of background only. Costs a third of the fast path on such frames and little
     * on others: cells sit near the closed end at the top, so the first non-zero word comes early.
     */
    private boolean blank(byte[] data, int offset) {
        final int full = size >>> 3;
        for (int k = 0; k < full; k++) {
            if ((long) LONGS.get(data, offset + (k << 3)) != 0) {
                return false;
            }
        }
        return tail(data, offset + (full << 3), size - (full << 3)) == 0;
    }

    /** True when the last frame needed the exact path (a label that is not one simple object, or details). */
    boolean exactPathUsed() {
        return exact;
    }

    private void reset() {
        for (int i = 0; i < seenCount; i++) {
            area[seen[i]] = 0;
            state[seen[i]] = NO_STATE;
        }
        seenCount = 0;
        maxLabel = 0;
        runCount = 0;
    }

    private void analyzeExact() {
        reset();
        if (rowPath) {
            analyzeRows(frameData, frameOffset);
        } else {
            analyzeFlat(frameData, frameOffset);
        }
        exact = true;
    }

    /** Bounding boxes, first pixels and component boxes come from the exact path: run it if the fast one ran. */
    private void ensureExact() {
        if (!exact) {
            analyzeExact();
        }
    }

    private static long nonZeroBytes(long x) {
        return (((x & LOW7) + LOW7) | x) & HIGH;
    }

    /** One bit per byte from the high bits of {@code highBits}: byte j → bit j. */
    private static long gather(long highBits) {
        return ((highBits >>> 7) * 0x0102040810204080L) >>> 56;
    }

    /**
     * The fast path; false (results partial) as soon as a label is not a vertical stack of single,
     * overlapping runs. Rows of 33..40 px (trenches are 34) take {@link #fastRows5}, whose word
     * offsets are constants; other widths take {@link #fastRowsAny}. Both keep few values live in
     * their loops: the JIT spilled registers in the hot loop of a single method that did everything
     * (measured: about 12% of the kernel's time).
     */
    private boolean fastRows(byte[] data, int offset) {
        return rowWords == 5 ? fastRows5(data, offset) : fastRowsAny(data, offset);
    }

    /** Pass 2 of the fast path for rows of 33..40 px: words at 0, 8, 16, 24 and the last 8 bytes shifted down. */
    private boolean fastRows5(byte[] data, int offset) {
        final int count = changedRows5(data, offset);
        final int o4 = width - 8;
        final int s4 = (40 - width) << 3;
        final int[] changedRows = this.changed;
        for (int c = 0; c < count; c++) {
            final int y = changedRows[c];
            final int repeats = changedRows[c + 1] - y - 1;
            final int rowOff = offset + y * width;
            final long w0 = (long) LONGS.get(data, rowOff);
            final long w1 = (long) LONGS.get(data, rowOff + 8);
            final long w2 = (long) LONGS.get(data, rowOff + 16);
            final long w3 = (long) LONGS.get(data, rowOff + 24);
            final long w4 = (long) LONGS.get(data, rowOff + o4) >>> s4;
            if ((w0 | w3 | w4) == 0) {
                // Most rows: cells sit in the middle of the trench crop, in pixels 8..23 (about 96% of
                // the changed rows of a realistic movie); half the work of the five-word test below.
                final long z1 = nonZeroBytes(w1);
                final long z2 = nonZeroBytes(w2);
                final long nonZero = gather(z1) << 8 | gather(z2) << 16;
                final int single = orOfBytes(w1 | w2);
                final long same = single * 0x0101010101010101L;
                final long stray = ((w1 ^ same) & byteMask(z1)) | ((w2 ^ same) & byteMask(z2));
                if (oneRun(nonZero, stray)) {
                    if (!stackRun(single, y, repeats, Long.numberOfTrailingZeros(nonZero), 64 - Long.numberOfLeadingZeros(nonZero))) {
                        return false;
                    }
                } else if (nonZero != 0 && !severalRuns(data, rowOff, y, repeats, 0, w1, w2, 0, 0, 0, z1, z2, 0, 0)) {
                    return false;
                }
                continue;
            }
            final long z0 = nonZeroBytes(w0);
            final long z1 = nonZeroBytes(w1);
            final long z2 = nonZeroBytes(w2);
            final long z3 = nonZeroBytes(w3);
            final long z4 = nonZeroBytes(w4);
            final long nonZero = gather(z0) | gather(z1) << 8 | gather(z2) << 16 | gather(z3) << 24 | gather(z4) << 32;
            final int single = orOfBytes(w0 | w1 | w2 | w3 | w4);
            final long same = single * 0x0101010101010101L;
            final long stray = ((w0 ^ same) & byteMask(z0)) | ((w1 ^ same) & byteMask(z1)) | ((w2 ^ same) & byteMask(z2))
                    | ((w3 ^ same) & byteMask(z3)) | ((w4 ^ same) & byteMask(z4));
            if (oneRun(nonZero, stray)) {
                if (!stackRun(single, y, repeats, Long.numberOfTrailingZeros(nonZero), 64 - Long.numberOfLeadingZeros(nonZero))) {
                    return false;
                }
            } else if (nonZero != 0 && !severalRuns(data, rowOff, y, repeats, w0, w1, w2, w3, w4, z0, z1, z2, z3, z4)) {
                return false;
            }
        }
        return true;
    }

    /** Pass 1 for rows of 33..40 px: lists the rows that differ from the row above (above row 0: background). */
    private int changedRows5(byte[] data, int offset) {
        final int o4 = width - 8;
        final int[] changedRows = this.changed;
        long p0 = 0;
        long p1 = 0;
        long p2 = 0;
        long p3 = 0;
        long p4 = 0;
        int count = 0;
        // Branch-free: comparing needs no shifting, the clamped last offset stays inside the row.
        for (int y = 0, rowOff = offset; y < height; y++, rowOff += width) {
            final long w0 = (long) LONGS.get(data, rowOff);
            final long w1 = (long) LONGS.get(data, rowOff + 8);
            final long w2 = (long) LONGS.get(data, rowOff + 16);
            final long w3 = (long) LONGS.get(data, rowOff + 24);
            final long w4 = (long) LONGS.get(data, rowOff + o4);
            final long diff = (w0 ^ p0) | (w1 ^ p1) | (w2 ^ p2) | (w3 ^ p3) | (w4 ^ p4);
            changedRows[count] = y;
            count += diff != 0 ? 1 : 0;
            p0 = w0;
            p1 = w1;
            p2 = w2;
            p3 = w3;
            p4 = w4;
        }
        changedRows[count] = height;
        return count;
    }

    /** Pass 2 of the fast path for rows of 8..32 px (words past the row end are masked to zero). */
    private boolean fastRowsAny(byte[] data, int offset) {
        final int count = changedRowsAny(data, offset);
        final int o0 = wordOffset[0];
        final int o1 = wordOffset[1];
        final int o2 = wordOffset[2];
        final int o3 = wordOffset[3];
        final int o4 = wordOffset[4];
        final int s0 = wordShift[0];
        final int s1 = wordShift[1];
        final int s2 = wordShift[2];
        final int s3 = wordShift[3];
        final int s4 = wordShift[4];
        final long m0 = wordMask[0];
        final long m1 = wordMask[1];
        final long m2 = wordMask[2];
        final long m3 = wordMask[3];
        final long m4 = wordMask[4];
        final int[] changedRows = this.changed;
        for (int c = 0; c < count; c++) {
            final int y = changedRows[c];
            final int repeats = changedRows[c + 1] - y - 1;
            final int rowOff = offset + y * width;
            final long w0 = ((long) LONGS.get(data, rowOff + o0) >>> s0) & m0;
            final long w1 = ((long) LONGS.get(data, rowOff + o1) >>> s1) & m1;
            final long w2 = ((long) LONGS.get(data, rowOff + o2) >>> s2) & m2;
            final long w3 = ((long) LONGS.get(data, rowOff + o3) >>> s3) & m3;
            final long w4 = ((long) LONGS.get(data, rowOff + o4) >>> s4) & m4;
            final long z0 = nonZeroBytes(w0);
            final long z1 = nonZeroBytes(w1);
            final long z2 = nonZeroBytes(w2);
            final long z3 = nonZeroBytes(w3);
            final long z4 = nonZeroBytes(w4);
            final long nonZero = gather(z0) | gather(z1) << 8 | gather(z2) << 16 | gather(z3) << 24 | gather(z4) << 32;
            final int single = orOfBytes(w0 | w1 | w2 | w3 | w4);
            final long same = single * 0x0101010101010101L;
            final long stray = ((w0 ^ same) & byteMask(z0)) | ((w1 ^ same) & byteMask(z1)) | ((w2 ^ same) & byteMask(z2))
                    | ((w3 ^ same) & byteMask(z3)) | ((w4 ^ same) & byteMask(z4));
            if (oneRun(nonZero, stray)) {
                if (!stackRun(single, y, repeats, Long.numberOfTrailingZeros(nonZero), 64 - Long.numberOfLeadingZeros(nonZero))) {
                    return false;
                }
            } else if (nonZero != 0 && !severalRuns(data, rowOff, y, repeats, w0, w1, w2, w3, w4, z0, z1, z2, z3, z4)) {
                return false;
            }
        }
        return true;
    }

    /** Pass 1 for rows of 8..32 px. */
    private int changedRowsAny(byte[] data, int offset) {
        final int o0 = wordOffset[0];
        final int o1 = wordOffset[1];
        final int o2 = wordOffset[2];
        final int o3 = wordOffset[3];
        final int o4 = wordOffset[4];
        final int[] changedRows = this.changed;
        long p0 = 0;
        long p1 = 0;
        long p2 = 0;
        long p3 = 0;
        long p4 = 0;
        int count = 0;
        for (int y = 0, rowOff = offset; y < height; y++, rowOff += width) {
            final long w0 = (long) LONGS.get(data, rowOff + o0);
            final long w1 = (long) LONGS.get(data, rowOff + o1);
            final long w2 = (long) LONGS.get(data, rowOff + o2);
            final long w3 = (long) LONGS.get(data, rowOff + o3);
            final long w4 = (long) LONGS.get(data, rowOff + o4);
            final long diff = (w0 ^ p0) | (w1 ^ p1) | (w2 ^ p2) | (w3 ^ p3) | (w4 ^ p4);
            changedRows[count] = y;
            count += diff != 0 ? 1 : 0;
            p0 = w0;
            p1 = w1;
            p2 = w2;
            p3 = w3;
            p4 = w4;
        }
        changedRows[count] = height;
        return count;
    }

    /** The OR of the 8 bytes of {@code w}: the label of a row whose non-zero bytes all hold one label. */
    private static int orOfBytes(long w) {
        w |= w >>> 32;
        w |= w >>> 16;
        w |= w >>> 8;
        return (int) w & 0xFF;
    }

    /** 0xFF in every byte whose high bit is set in {@code highBits}. */
    private static long byteMask(long highBits) {
        return (highBits >>> 7) * 0xFF;
    }

    /**
     * One run of one label: non-zero bytes present and contiguous (adding the lowest set bit carries
     * through the whole block of ones), and none differs from the label ({@code stray == 0}).
     */
    @SuppressWarnings("ShortCircuitBoolean") // branch-free on purpose: called per row in the hot loop
    private static boolean oneRun(long nonZero, long stray) {
        return nonZero != 0 & ((nonZero + (nonZero & -nonZero)) & nonZero) == 0 & stray == 0;
    }

    /**
     * Stack test of a row holding the single run {@code [x0, x1)} of {@code label}, standing for
     * itself and {@code repeats} identical rows below: the label continues its run of the row above,
     * overlapping it, or is new. False when the label is not a simple stack.
     */
    @SuppressWarnings("ShortCircuitBoolean") // branch-free on purpose: called per row in the hot loop
    private boolean stackRun(int label, int y, int repeats, int x0, int x1) {
        final long last = state[label];
        if ((int) (last >>> STATE_ROW) == y - 1) {
            if (x0 >= ((int) last & 0xFF) | x1 <= ((int) last >>> 8 & 0xFF)) {
                return false;
            }
        } else {
            if (last != NO_STATE) {
                return false;
            }
            seen[seenCount++] = label;
            if (label > maxLabel) {
                maxLabel = label;
            }
        }
        area[label] += (x1 - x0) * (repeats + 1);
        state[label] = ((long) (y + repeats) << STATE_ROW) | (x0 << 8) | x1;
        return true;
    }

    /**
     * A row of several runs (or labels): a run starts where a non-zero byte differs from its left
     * neighbour and ends where it differs from its right neighbour. The stack test again; a label met
     * twice in the row fails it on its second run.
     */
    @SuppressWarnings("ShortCircuitBoolean") // branch-free on purpose: called per row in the hot loop
    private boolean severalRuns(byte[] data, int rowOff, int y, int repeats, long w0, long w1, long w2, long w3,
                                long w4, long z0, long z1, long z2, long z3, long z4) {
        long starts = gather(nonZeroBytes(w0 ^ (w0 << 8)) & z0)
                | gather(nonZeroBytes(w1 ^ ((w1 << 8) | (w0 >>> 56))) & z1) << 8
                | gather(nonZeroBytes(w2 ^ ((w2 << 8) | (w1 >>> 56))) & z2) << 16
                | gather(nonZeroBytes(w3 ^ ((w3 << 8) | (w2 >>> 56))) & z3) << 24
                | gather(nonZeroBytes(w4 ^ ((w4 << 8) | (w3 >>> 56))) & z4) << 32;
        long ends = gather(nonZeroBytes(w0 ^ ((w0 >>> 8) | (w1 << 56))) & z0)
                | gather(nonZeroBytes(w1 ^ ((w1 >>> 8) | (w2 << 56))) & z1) << 8
                | gather(nonZeroBytes(w2 ^ ((w2 >>> 8) | (w3 << 56))) & z2) << 16
                | gather(nonZeroBytes(w3 ^ ((w3 >>> 8) | (w4 << 56))) & z3) << 24
                | gather(nonZeroBytes(w4 ^ (w4 >>> 8)) & z4) << 32;
        final long[] state = this.state;
        final int[] area = this.area;
        int n = 0;
        boolean bad = false;
        while (starts != 0) {
            final int x0 = Long.numberOfTrailingZeros(starts);
            final int x1 = Long.numberOfTrailingZeros(ends) + 1;
            starts &= starts - 1;
            ends &= ends - 1;
            // The row's bytes at word offsets: x0 is a pixel of this row (words past its end are zero).
            final int label = data[rowOff + x0] & 0xFF;
            final long last = state[label];
            if ((int) (last >>> STATE_ROW) == y - 1) {
                bad |= x0 >= ((int) last & 0xFF) | x1 <= ((int) last >>> 8 & 0xFF);
            } else {
                bad |= last != NO_STATE;
                seen[seenCount] = label;
                seenCount += seenCount < LABELS ? 1 : 0; // a label listed twice fails: stay in bounds
                if (label > maxLabel) {
                    maxLabel = label;
                }
            }
            area[label] += x1 - x0;
            state[label] = ((long) y << STATE_ROW) | (x0 << 8) | x1;
            rowLabel[n] = label;
            rowLength[n++] = x1 - x0;
        }
        if (bad) {
            return false;
        }
        final long lastOfGroup = (long) y + repeats;
        for (int i = 0; i < n; i++) {
            final int label = rowLabel[i];
            area[label] += rowLength[i] * repeats;
            state[label] = (state[label] & 0xFFFF) | (lastOfGroup << STATE_ROW);
        }
        return true;
    }

    private void analyzeRows(byte[] data, int offset) {
        final int o0 = wordOffset[0];
        final int o1 = wordOffset[1];
        final int o2 = wordOffset[2];
        final int o3 = wordOffset[3];
        final int o4 = wordOffset[4];
        final int s0 = wordShift[0];
        final int s1 = wordShift[1];
        final int s2 = wordShift[2];
        final int s3 = wordShift[3];
        final int s4 = wordShift[4];
        final long m0 = wordMask[0];
        final long m1 = wordMask[1];
        final long m2 = wordMask[2];
        final long m3 = wordMask[3];
        final long m4 = wordMask[4];
        long p0 = 0;
        long p1 = 0;
        long p2 = 0;
        long p3 = 0;
        long p4 = 0;
        int groupFirst = 0;  // runs of the last row that differed from its predecessor
        int groupEnd = 0;
        int groupRow = -2;
        int repeats = 0;     // rows identical to groupRow that followed it
        for (int y = 0, rowOff = offset; y < height; y++, rowOff += width) {
            // Words past the row's end are masked to zero, so loading them (from inside the row) is harmless.
            final long w0 = ((long) LONGS.get(data, rowOff + o0) >>> s0) & m0;
            final long w1 = ((long) LONGS.get(data, rowOff + o1) >>> s1) & m1;
            final long w2 = ((long) LONGS.get(data, rowOff + o2) >>> s2) & m2;
            final long w3 = ((long) LONGS.get(data, rowOff + o3) >>> s3) & m3;
            final long w4 = ((long) LONGS.get(data, rowOff + o4) >>> s4) & m4;
            if (((w0 ^ p0) | (w1 ^ p1) | (w2 ^ p2) | (w3 ^ p3) | (w4 ^ p4)) == 0) {
                repeats++;
                continue;
            }
            p0 = w0;
            p1 = w1;
            p2 = w2;
            p3 = w3;
            p4 = w4;
            prevScan = runCount;
            prevEnd = runCount;
            if (groupEnd > groupFirst) {
                if (repeats > 0) {
                    extendGroup(groupFirst, groupEnd, groupRow + repeats, repeats);
                }
                // Rows are consecutive, so the last row of the group is the row above.
                prevScan = groupFirst;
                prevEnd = groupEnd;
            }
            groupFirst = runCount;
            groupRow = y;
            repeats = 0;
            final long[] buf = rowBuf;
            buf[0] = w0;
            buf[1] = w1;
            buf[2] = w2;
            buf[3] = w3;
            buf[4] = w4;
            rowRuns(buf, y);
            groupEnd = runCount;
        }
        if (groupEnd > groupFirst && repeats > 0) {
            extendGroup(groupFirst, groupEnd, groupRow + repeats, repeats);
        }
    }

    /** The runs of one row held in {@code buf} (word j = bytes 8j..8j+7, zero past the row end). */
    private void rowRuns(long[] buf, int y) {
        final int n = rowWords;
        final int rowFirst = y * width;
        long prev = 0;
        int segStart = 0;
        int segLabel = 0;
        for (int j = 0; j < n; j++) {
            final long w = buf[j];
            if ((w | prev) == 0) {
                continue;
            }
            final long d = w ^ ((w << 8) | prev);
            long boundaries = (((d & LOW7) + LOW7) | d) & HIGH;
            final int base = j << 3;
            while (boundaries != 0) {
                final int bit = Long.numberOfTrailingZeros(boundaries);
                boundaries &= boundaries - 1;
                final int at = base + (bit >>> 3);
                if (segLabel != 0) {
                    run(y, rowFirst, segStart, at, segLabel);
                }
                segStart = at;
                segLabel = (int) (w >>> (bit - 7)) & 0xFF;
            }
            prev = w >>> 56;
        }
        if (segLabel != 0) {
            run(y, rowFirst, segStart, width, segLabel);
        }
    }

    /** The runs {@code [from, to)} continue unchanged for {@code repeats} more rows, up to {@code last}. */
    private void extendGroup(int from, int to, int last, int repeats) {
        for (int r = from; r < to; r++) {
            final int label = runLabel[r];
            area[label] += (runX1[r] - runX0[r]) * repeats;
            maxY[label] = last;
            runLast[r] = last;
        }
    }

    private void analyzeFlat(byte[] data, int offset) {
        curRow = -2;
        rowStart = 0;
        rowEnd = 0;
        curFirst = 0;
        prevEnd = 0;
        prevScan = 0;
        final long[] starts = rowStarts;
        final int fullWords = size >>> 3;
        long prev = 0;       // the byte before the current word, in bits 0..7
        int segStart = 0;    // frame index where the current segment began
        int segLabel = 0;    // label of the current segment, 0 = background
        for (int k = 0; k < starts.length; k++) {
            final int base = k << 3;
            final long w = k < fullWords ? (long) LONGS.get(data, offset + base) : tail(data, offset + base, size - base);
            if ((w | prev) == 0) {
                continue; // background word after background: no boundary possible
            }
            final long d = w ^ ((w << 8) | prev);
            long boundaries = ((((d & LOW7) + LOW7) | d) & HIGH)
                    | (starts[k] & ((((w & LOW7) + LOW7) | w) & HIGH));
            while (boundaries != 0) {
                final int bit = Long.numberOfTrailingZeros(boundaries);
                boundaries &= boundaries - 1;
                final int at = base + (bit >>> 3);
                if (segLabel != 0) {
                    flatRun(segStart, at, segLabel);
                }
                segStart = at;
                segLabel = (int) (w >>> (bit - 7)) & 0xFF;
            }
            prev = w >>> 56;
        }
        if (segLabel != 0 && segStart < size) {
            flatRun(segStart, size, segLabel);
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

    /** Flat path: the run {@code [start, end)} (frame indices within one row) of {@code label}. */
    private void flatRun(int start, int end, int label) {
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
        run(curRow, rowStart, start - rowStart, end - rowStart, label);
    }

    /** Records the run {@code [x0, x1)} of {@code label} in row {@code y} starting at frame index {@code rowFirst}. */
    private void run(int y, int rowFirst, int x0, int x1, int label) {
        final int r = runCount++;
        runRow[r] = y;
        runLast[r] = y;
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
            first[label] = rowFirst + x0;
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
            // The older run stays root, so a component's root is its first run in raster order.
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
        ensureExact();
        return minY[label];
    }

    @Override
    public int maxY(int label) {
        ensureExact();
        return maxY[label];
    }

    @Override
    public int minX(int label) {
        ensureExact();
        return minX[label];
    }

    @Override
    public int maxX(int label) {
        ensureExact();
        return maxX[label];
    }

    @Override
    public int firstPixel(int label) {
        ensureExact();
        return first[label];
    }

    @Override
    public int components(int label) {
        // The fast path only succeeds when every label is one object.
        return present(label) ? (exact ? comps[label] : 1) : 0;
    }

    /** Runs (horizontal segments of one label) stored by the exact path; 0 after the fast path. */
    public int runCount() {
        return runCount;
    }

    @Override
    public int[][] componentBoxes(int label) {
        ensureExact();
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
                boxes[slot] = new int[] {y, runLast[r], runX0[r], runX1[r] - 1};
            } else {
                int[] b = boxes[slot];
                b[1] = Math.max(b[1], runLast[r]);
                b[2] = Math.min(b[2], runX0[r]);
                b[3] = Math.max(b[3], runX1[r] - 1);
            }
        }
        return found == n ? boxes : Arrays.copyOf(boxes, found);
    }
}
