package io.maskgate.store.scan;

import java.io.IOException;

/**
 * Reads whole trench movies of a mask store for the {@link PixelScanner}: one call per
 * (hypothesis, trench) chunk. The integrator adapts the store's chunk decoder to it.
 *
 * <p>Called concurrently from the scanner's workers, each with its own buffer: implementations must
 * be thread-safe (e.g. keep decoder contexts in a {@code ThreadLocal}).
 */
@FunctionalInterface
public interface ChunkSource {

    /**
     * Decodes the chunk of {@code (hypothesis, trench)} into {@code movie}, whose length is exactly
     * {@code times × height × width}; for {@link ChunkStatus#PRESENT} every byte must be written.
     * Every problem of one chunk (corrupt or truncated data, wrong size, a file that cannot be read)
     * must be returned as {@link ChunkStatus#failed} with the reader's finding: the scan reports it
     * and goes on. An exception ends the scan as an I/O or internal error, not a finding.
     */
    ChunkStatus read(int hypothesis, int trench, byte[] movie) throws IOException;
}
