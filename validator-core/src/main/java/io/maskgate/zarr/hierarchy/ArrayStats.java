package io.maskgate.zarr.hierarchy;

import java.util.Arrays;
import java.util.List;

/**
 * What the chunk scan of one array found.
 *
 * @param path        the array relative to the target ({@code ""} when the target is the array)
 * @param dataType    its data type name
 * @param shape       its shape
 * @param chunkShape  its chunk (or shard) shape
 * @param chunks      chunks in the grid (shards for a sharded array); {@link Long#MAX_VALUE} when beyond 2^63-1
 * @param decoded     stored chunks that decoded
 * @param absent      chunks without a stored key: read as the fill value
 * @param failed      stored chunks that did not decode (each has findings)
 * @param storedBytes bytes read from the stored chunks
 * @param strays      files in the array folder that are not chunk keys of the grid
 * @param note        what else a reader of the report needs, e.g. why nothing was decoded; may be empty
 */
public record ArrayStats(String path, String dataType, long[] shape, int[] chunkShape, long chunks, long decoded,
                         long absent, long failed, long storedBytes, long strays, String note) {

    /** Column names of the report's statistics table, matching {@link #row()}. */
    static final List<String> COLUMNS = List.of("array", "dataType", "shape", "chunkShape", "chunks", "decoded",
            "absent", "failed", "storedBytes", "strayFiles", "note");

    public ArrayStats {
        shape = shape.clone();
        chunkShape = chunkShape.clone();
    }

    /** The array's name in messages: its path, or {@code the target} for a bare array. */
    String displayName() {
        return path.isEmpty() ? "(the target)" : path;
    }

    List<Object> row() {
        return List.of(displayName(), dataType, Arrays.toString(shape), Arrays.toString(chunkShape), chunks, decoded,
                absent, failed, storedBytes, strays, note);
    }

    /** {@code 5 decoded, 1 absent (fill value), 0 failed of 6 chunks}. */
    String describe() {
        String of = chunks == Long.MAX_VALUE ? "more than 2^63 chunks" : chunks + (chunks == 1 ? " chunk" : " chunks");
        String s = decoded + " decoded, " + absent + " absent (fill value), " + failed + " failed of " + of;
        return note.isEmpty() ? s : s + "; " + note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayStats a && path.equals(a.path) && dataType.equals(a.dataType)
                && Arrays.equals(shape, a.shape) && Arrays.equals(chunkShape, a.chunkShape) && chunks == a.chunks
                && decoded == a.decoded && absent == a.absent && failed == a.failed && storedBytes == a.storedBytes
                && strays == a.strays && note.equals(a.note);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Long.hashCode(decoded + 7 * absent + 31 * failed);
    }

    @Override
    public String toString() {
        return "ArrayStats[" + displayName() + ": " + describe() + "]";
    }
}
