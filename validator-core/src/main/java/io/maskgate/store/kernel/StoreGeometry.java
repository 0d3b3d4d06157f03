package io.maskgate.store.kernel;

import java.util.Arrays;
import java.util.Objects;

/**
 * The shape of a mask store as the pixel scan needs it: {@code data(hypothesis, trench, time, y, x)} uint8;
 * how it is chunked is the codec pipeline's business ({@link TrenchLayout}).
 *
 * @param epochs    training epoch of each hypothesis (report locations), or null when unknown
 * @param fillValue the value an absent chunk reads as (0..255)
 * @param arrayFile the array's folder relative to the store, e.g. {@code data}, for findings about the whole array
 * @param chunkKeys names the file of each chunk (by grid coordinates) relative to the store, for findings
 */
public record StoreGeometry(int hypotheses, int[] epochs, int trenches, int times, int height, int width,
                            int fillValue, String arrayFile, ChunkKeys chunkKeys) {

    /** Names the file of one chunk. */
    @FunctionalInterface
    public interface ChunkKeys {
        /** The file of the chunk at grid coordinates {@code chunk}, which the caller may reuse afterwards. */
        String key(long[] chunk);
    }

    public StoreGeometry {
        if (hypotheses <= 0 || trenches <= 0 || times <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("every dimension must be positive: " + hypotheses + "x" + trenches
                    + "x" + times + "x" + height + "x" + width);
        }
        if (epochs != null && epochs.length != hypotheses) {
            throw new IllegalArgumentException(epochs.length + " epochs for " + hypotheses + " hypotheses");
        }
        if (fillValue < 0 || fillValue > 255) {
            throw new IllegalArgumentException("fill value " + fillValue + " is not a uint8");
        }
        epochs = epochs == null ? null : epochs.clone();
        Objects.requireNonNull(arrayFile, "arrayFile");
        Objects.requireNonNull(chunkKeys, "chunkKeys");
    }

    /** Zarr v3 default chunk keys with separator {@code /}: {@code data/c/3/12/0/0/0}. */
    public static ChunkKeys defaultKeys(String arrayFile) {
        String prefix = arrayFile.isEmpty() ? "c" : arrayFile + "/c";
        return chunk -> {
            StringBuilder key = new StringBuilder(prefix);
            for (long c : chunk) {
                key.append('/').append(c);
            }
            return key.toString();
        };
    }

    @Override
    public int[] epochs() {
        return epochs == null ? null : epochs.clone();
    }

    /** Epoch of {@code hypothesis}, or null when unknown. */
    public Integer epoch(int hypothesis) {
        return epochs == null ? null : epochs[hypothesis];
    }

    /** Bytes of one decoded chunk (one movie). */
    public long movieBytes() {
        return (long) times * height * width;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreGeometry g && hypotheses == g.hypotheses && trenches == g.trenches
                && times == g.times && height == g.height && width == g.width && fillValue == g.fillValue
                && Arrays.equals(epochs, g.epochs) && arrayFile.equals(g.arrayFile) && chunkKeys.equals(g.chunkKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hypotheses, trenches, times, height, width, fillValue, Arrays.hashCode(epochs), arrayFile);
    }

    @Override
    public String toString() {
        return "StoreGeometry[" + hypotheses + "x" + trenches + "x" + times + "x" + height + "x" + width
                + ", fill " + fillValue + ", " + arrayFile + "]";
    }
}
