package io.maskgate.store;

import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.scan.ChunkSource;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkReadResult;
import io.maskgate.zarr.chunk.EncodedChunk;

/**
 * Adapts the Zarr chunk reader to the pixel scan: fetches a chunk's stored bytes ({@link ArrayChunkReader#fetch},
 * the I/O half of a read); the scan's kernel decodes them. Thread-safe: the reader is, and the bytes go to the
 * caller's holder.
 */
final class ZarrChunkSource implements ChunkSource {

    private final ArrayChunkReader reader;

    ZarrChunkSource(ArrayChunkReader reader) {
        this.reader = reader;
    }

    @Override
    public ChunkStatus fetch(long[] chunk, EncodedChunk into) {
        ChunkReadResult r = reader.fetch(chunk, into);
        return switch (r.status()) {
            case PRESENT -> ChunkStatus.PRESENT;
            case ABSENT -> ChunkStatus.ABSENT;
            // The array's one ZARR_CODEC_UNAVAILABLE finding is reported by the caller; the scan is not run then.
            case SKIPPED -> throw new IllegalStateException("pixel scan of an array whose codecs cannot be decoded");
            // A fetch fails for one reason (the file cannot be read, or is too large to be a valid encoding).
            case ERROR -> ChunkStatus.failed(r.findings().get(0));
        };
    }
}
