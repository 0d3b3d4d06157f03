package io.maskgate.store.kernel;

import java.util.Arrays;

/**
 * Which chunks hold one trench: every chunk whose grid coordinate along the trench axis is
 * {@code trench / chunkShape[1]}, for every hypothesis, time, y and x chunk. They are numbered
 * {@code 0 .. slots()-1} in C order of their (hypothesis, time, y, x) grid coordinates, so in the release
 * layout (one movie per chunk, chunk shape {@code [1, 1, T, Y, X]}) slot {@code h} is hypothesis {@code h}.
 */
public final class TrenchLayout {

    /** Most chunks one trench may span: beyond, a trench is not a unit a worker can hold. */
    public static final long MAX_SLOTS = 1L << 24;

    private final int hypotheses;
    private final int[] chunkShape;
    /** Chunks along hypothesis, time, y and x. */
    private final long[] grid = new long[4];
    private final long slots;
    private final boolean oneMoviePerChunk;

    /**
     * @param chunkShape the array's (5-D) chunk shape
     * @throws IllegalArgumentException when the chunk shape is not 5 positive sizes
     */
    public TrenchLayout(StoreGeometry geometry, int[] chunkShape) {
        if (chunkShape.length != 5) {
            throw new IllegalArgumentException("chunk shape " + Arrays.toString(chunkShape) + " is not 5-D");
        }
        for (int c : chunkShape) {
            if (c <= 0) {
                throw new IllegalArgumentException("chunk shape " + Arrays.toString(chunkShape) + " has a size below 1");
            }
        }
        this.hypotheses = geometry.hypotheses();
        this.chunkShape = chunkShape.clone();
        int[] extent = {geometry.hypotheses(), geometry.times(), geometry.height(), geometry.width()};
        int[] size = {chunkShape[0], chunkShape[2], chunkShape[3], chunkShape[4]};
        long n = 1;
        for (int d = 0; d < 4; d++) {
            grid[d] = (extent[d] + (long) size[d] - 1) / size[d];
            n = n > MAX_SLOTS ? n : n * grid[d];
        }
        this.slots = n;
        this.oneMoviePerChunk = chunkShape[0] == 1 && chunkShape[1] == 1 && chunkShape[2] == geometry.times()
                && chunkShape[3] == geometry.height() && chunkShape[4] == geometry.width();
    }

    /** Chunks one trench spans (more than {@link #MAX_SLOTS} when it is too many to hold). */
    public long slotCount() {
        return slots;
    }

    /** Chunks one trench spans, as an index bound; only for layouts within {@link #MAX_SLOTS}. */
    public int slots() {
        if (slots > MAX_SLOTS) {
            throw new IllegalStateException("a trench spans " + slots + " chunks, more than " + MAX_SLOTS);
        }
        return (int) slots;
    }

    /** Chunks per hypothesis chunk: the slots {@code [c * this, (c + 1) * this)} belong to hypothesis chunk c. */
    int slotsPerHypothesisChunk() {
        return (int) (grid[1] * grid[2] * grid[3]);
    }

    /** True for the release layout: chunk shape {@code [1, 1, T, Y, X]}, slot {@code h} = hypothesis {@code h}. */
    public boolean oneMoviePerChunk() {
        return oneMoviePerChunk;
    }

    public int[] chunkShape() {
        return chunkShape.clone();
    }

    public int hypotheses() {
        return hypotheses;
    }

    /** Writes the grid coordinates of {@code slot} of {@code trench} into {@code into} (5 long) and returns it. */
    public long[] chunk(int trench, int slot, long[] into) {
        long rest = slot;
        for (int d = 3; d >= 0; d--) {
            into[d == 0 ? 0 : d + 1] = rest % grid[d];
            rest /= grid[d];
        }
        into[1] = trench / chunkShape[1];
        return into;
    }

    /** Writes the coordinates of the chunk holding the start of movie (hypothesis, trench) into {@code into}. */
    public long[] movieStart(int hypothesis, int trench, long[] into) {
        into[0] = hypothesis / chunkShape[0];
        into[1] = trench / chunkShape[1];
        into[2] = 0;
        into[3] = 0;
        into[4] = 0;
        return into;
    }
}
