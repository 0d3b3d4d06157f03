package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A Zarr v3 array's {@code zarr.json}, validated enough to read chunks.
 *
 * @param document       the whole parsed document, for checks that need raw JSON
 * @param fillValue      the raw {@code fill_value} (number, string, boolean or array per data type)
 * @param dimensionNames null when absent; entries may be null
 * @param attributes     the {@code attributes} object (empty when absent)
 */
public record ZarrArrayMetadata(JsonNode document, long[] shape, DataType dataType, int[] chunkShape,
                                ChunkKeyEncoding chunkKeyEncoding, JsonNode fillValue, List<CodecSpec> codecs,
                                List<String> dimensionNames, ObjectNode attributes) {

    /** Number of chunks along each dimension (edge chunks count as whole chunks). */
    public long[] chunkGridShape() {
        long[] grid = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            grid[i] = (shape[i] + chunkShape[i] - 1) / chunkShape[i];
        }
        return grid;
    }

    /** Elements in one whole chunk. */
    public long chunkElements() {
        long n = 1;
        for (int c : chunkShape) {
            n *= c;
        }
        return n;
    }
}
