package io.maskgate.objects;

import java.util.Arrays;

/**
 * The Object IDs of one objects table: recorded row by row, then checked for duplicates once the
 * table is read, then kept as a set for the adjacency CSVs. Primitive throughout: while reading, 8
 * bytes per row (IDs in blocks, rows as a few breakpoints since data rows are consecutive); at the
 * end, a sorted copy only when the IDs were not already ascending; afterwards a bitmap when the IDs
 * are dense (a packaged table numbers its objects 1..N: 1 bit per object) or the sorted distinct IDs.
 * A hash map of the same 8.6 million IDs took 268 MB, and 402 MB while growing.
 */
final class ObjectIds {

    /** Called for every row whose ID an earlier row already has, in row order. */
    @FunctionalInterface
    interface DuplicateListener {
        void duplicate(long row, long id, long firstRow);
    }

    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int MAX_IDS = Integer.MAX_VALUE - BLOCK;

    private long[][] blocks = new long[4][];
    private int count;
    /** row(k) = k + breakOffset[j] for the last breakpoint j with breakIndex[j] ≤ k. */
    private int[] breakIndex = new int[4];
    private long[] breakOffset = new long[4];
    private int breaks;
    private boolean ascending = true;
    private long last;
    private boolean finished;

    private long distinct;
    /** After {@link #finish}: the distinct IDs ascending in {@code sorted[0 .. sortedLength)}, or null with {@link #bits}. */
    private long[] sorted;
    private int sortedLength;
    /** After {@link #finish}, when dense: bit {@code id - base} is set for every ID. */
    private long[] bits;
    private long base;

    /** Records that {@code row} holds Object ID {@code id} (positive); rows come in ascending order. */
    void add(long id, long row) {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        if (id <= 0) {
            throw new IllegalArgumentException("Object IDs are positive");
        }
        if (count == MAX_IDS) {
            throw new IllegalStateException("more than " + MAX_IDS + " Object IDs in one table");
        }
        int b = count >>> BLOCK_BITS;
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, b * 2);
        }
        if (blocks[b] == null) {
            blocks[b] = new long[BLOCK];
        }
        blocks[b][count & (BLOCK - 1)] = id;
        long offset = row - count;
        if (breaks == 0 || breakOffset[breaks - 1] != offset) {
            if (breaks == breakIndex.length) {
                breakIndex = Arrays.copyOf(breakIndex, breaks * 2);
                breakOffset = Arrays.copyOf(breakOffset, breaks * 2);
            }
            breakIndex[breaks] = count;
            breakOffset[breaks] = offset;
            breaks++;
        }
        if (id <= last) {
            ascending = false;
        }
        last = id;
        count++;
    }

    /** Number of IDs recorded (rows with a usable Object ID). */
    int rows() {
        return count;
    }

    private long id(int k) {
        return blocks[k >>> BLOCK_BITS][k & (BLOCK - 1)];
    }

    private long row(int k) {
        int j = Arrays.binarySearch(breakIndex, 0, breaks, k);
        if (j < 0) {
            j = -j - 2;
        }
        return k + breakOffset[j];
    }

    /**
     * Ends recording: reports every duplicate to {@code listener} in row order (with the first row
     * of its ID) and keeps the distinct IDs as a set. Only the first call reports.
     */
    void finish(DuplicateListener listener) {
        if (finished) {
            return;
        }
        finished = true;
        if (count == 0) {
            sorted = new long[0];
            blocks = null;
            return;
        }
        if (ascending) {
            // no ID can repeat; the IDs are their own sorted set
            distinct = count;
            if (!keepAsBits(id(0), id(count - 1), i -> id(i), count)) {
                sorted = flatten();
                sortedLength = count;
            }
            blocks = null;
            return;
        }
        long[] s = flatten();
        Arrays.sort(s);
        reportDuplicates(s, listener);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        distinct = n;
        blocks = null;
        if (keepAsBits(s[0], s[n - 1], i -> s[i], n)) {
            return;
        }
        sorted = s;
        sortedLength = n;
    }

    /** {@code s}: every ID, sorted. Walks the rows once, only when some ID repeats. */
    private void reportDuplicates(long[] s, DuplicateListener listener) {
        int dups = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1] && (i < 2 || s[i] != s[i - 2])) {
                dups++;
            }
        }
        if (dups == 0) {
            return;
        }
        long[] repeated = new long[dups];
        int d = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1] && (d == 0 || repeated[d - 1] != s[i])) {
                repeated[d++] = s[i];
            }
        }
        long[] firstRow = new long[dups];
        Arrays.fill(firstRow, Long.MIN_VALUE);
        for (int k = 0; k < count; k++) {
            long id = id(k);
            int j = Arrays.binarySearch(repeated, id);
            if (j < 0) {
                continue;
            }
            if (firstRow[j] == Long.MIN_VALUE) {
                firstRow[j] = row(k);
            } else {
                listener.duplicate(row(k), id, firstRow[j]);
            }
        }
    }

    @FunctionalInterface
    private interface IdAt {
        long at(int i);
    }

    /** Keeps the IDs as a bitmap when that takes no more than the sorted array would (range ≤ 64 × IDs). */
    private boolean keepAsBits(long min, long max, IdAt ids, int n) {
        long range = max - min + 1;
        if (range <= 0 || range > 64L * n || range > 64L * (Integer.MAX_VALUE - 8)) {
            return false;
        }
        long[] b = new long[(int) ((range + 63) >>> 6)];
        for (int i = 0; i < n; i++) {
            long v = ids.at(i) - min;
            b[(int) (v >>> 6)] |= 1L << v;
        }
        bits = b;
        base = min;
        return true;
    }

    private long[] flatten() {
        long[] all = new long[count];
        for (int b = 0, done = 0; done < count; b++) {
            int n = Math.min(BLOCK, count - done);
            System.arraycopy(blocks[b], 0, all, done, n);
            done += n;
        }
        return all;
    }

    /** Number of distinct IDs; valid after {@link #finish}. */
    long size() {
        requireFinished();
        return distinct;
    }

    /** True when some row has Object ID {@code id}; valid after {@link #finish}. */
    boolean contains(long id) {
        requireFinished();
        if (bits != null) {
            long v = id - base;
            return id >= base && v < 64L * bits.length && (bits[(int) (v >>> 6)] & (1L << v)) != 0;
        }
        return Arrays.binarySearch(sorted, 0, sortedLength, id) >= 0;
    }

    private void requireFinished() {
        if (!finished) {
            throw new IllegalStateException("finish() first");
        }
    }
}
