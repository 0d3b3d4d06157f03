package io.maskgate.zarr.chunk;

import io.maskgate.rules.Location;
import io.maskgate.zarr.codec.ChunkDecoder;
import io.maskgate.zarr.codec.ChunkProblem;
import io.maskgate.zarr.codec.CodecPipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The decode half of reading a chunk: turns stored bytes that were fetched elsewhere into the decoded chunk,
 * and a failure into the same {@link ChunkReadResult} (problems, file, locator's location) that
 * {@link ArrayChunkReader.Worker#read} gives, so every chunk finding reads the same whoever fetched the bytes.
 * Holds one thread's codec contexts: not thread-safe; close it to free native memory.
 */
public final class StoredChunkDecoder implements AutoCloseable {

    private final CodecPipeline pipeline;
    private final ChunkDecoder decoder;
    private final ChunkLocator locator;
    private final List<ChunkProblem> problems = new ArrayList<>(4);

    /** @param locator maps grid coordinates to the location chunk findings report; null for none */
    public StoredChunkDecoder(CodecPipeline pipeline, ChunkLocator locator) {
        this.pipeline = pipeline;
        this.decoder = pipeline.newDecoder();
        this.locator = locator == null ? ChunkLocator.NONE : locator;
    }

    public CodecPipeline pipeline() {
        return pipeline;
    }

    /**
     * Decodes {@code src[0, length)} into {@code out[0, rawBytes)}; true when the whole chunk decoded. After a
     * false, {@link #failure} says why; {@code out} then holds no data (undecodable inner chunks of a shard hold
     * the fill value).
     */
    public boolean decode(byte[] src, int length, byte[] out) {
        problems.clear();
        return decoder.decode(src, 0, length, out, problems);
    }

    /** Decodes as {@link #decode(byte[], int, byte[])} and returns the outcome as a read result of {@code file}. */
    public ChunkReadResult decode(long[] coords, String file, byte[] src, int length, byte[] out) {
        if (decode(src, length, out)) {
            return new ChunkReadResult(ChunkReadResult.Status.PRESENT, file, length, List.of(), Location.NONE);
        }
        return failure(coords, file, length);
    }

    /** The last decode's failure as the reader reports it: one finding per problem, at the chunk's location. */
    public ChunkReadResult failure(long[] coords, String file, long storedBytes) {
        return new ChunkReadResult(ChunkReadResult.Status.ERROR, file, storedBytes, problems, locator.locate(coords));
    }

    @Override
    public void close() {
        decoder.close();
    }
}
