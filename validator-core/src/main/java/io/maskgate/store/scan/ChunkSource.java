package io.maskgate.store.scan;

import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.zarr.chunk.EncodedChunk;

import java.io.IOException;

/**
 * Fetches the stored (still encoded) chunks of a mask store for the {@link PixelScanner}: one call per chunk,
 * by grid coordinates; the scan's kernel decodes them. The integrator adapts the store's chunk reader to it.
 *
 * <p>Called concurrently from the scanner's workers, each with its own holders: implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface ChunkSource {

    /**
     * Reads the stored bytes of the chunk at grid coordinates {@code chunk} (5 values, which the caller reuses
     * afterwards) into {@code into} and says what it found: {@link ChunkStatus#PRESENT} (the bytes are in
     * {@code into}), {@link ChunkStatus#ABSENT}, or — for every problem of one chunk the source recognises (a
     * file that cannot be read, one larger than any valid encoding) — {@link ChunkStatus#failed} with the
     * reader's finding: the scan reports it and goes on. An exception ends the scan as an I/O or internal
     * error, not a finding.
     */
    ChunkStatus fetch(long[] chunk, EncodedChunk into) throws IOException;
}
