package io.maskgate.zarr.chunk;

import io.maskgate.rules.Location;

/** Maps chunk grid coordinates to the location a chunk finding reports. */
@FunctionalInterface
public interface ChunkLocator {

    /** Generic arrays: the chunk key (the finding's file) says it all. */
    ChunkLocator NONE = coords -> Location.NONE;

    Location locate(long[] gridCoords);

    /**
     * The mask store's {@code data} array (hypothesis, trench, time, y, x): grid axis 0 is the
     * hypothesis and axis 1 the trench when their chunk size is 1 (as in the real store).
     *
     * @param epochs     {@code hypothesis_epoch_values}, or null when unknown
     * @param chunkShape the array's chunk shape
     */
    static ChunkLocator maskStore(long[] epochs, int[] chunkShape) {
        boolean perHypothesis = chunkShape.length > 0 && chunkShape[0] == 1;
        boolean perTrench = chunkShape.length > 1 && chunkShape[1] == 1;
        long[] e = epochs == null ? null : epochs.clone();
        return coords -> {
            Integer h = perHypothesis ? (int) coords[0] : null;
            Integer epoch = h != null && e != null && h < e.length ? (int) e[h] : null;
            Integer trench = perTrench ? (int) coords[1] : null;
            return Location.mask(h, epoch, trench, null, null);
        };
    }
}
