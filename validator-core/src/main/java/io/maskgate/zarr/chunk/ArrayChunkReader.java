package io.maskgate.zarr.chunk;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.storage.KeyKind;
import io.maskgate.storage.Storage;
import io.maskgate.storage.StoredObject;
import io.maskgate.storage.StoredSlice;
import io.maskgate.zarr.ChunkKeyEncoding;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.codec.ChunkProblem;
import io.maskgate.zarr.codec.ChunkProblemKind;
import io.maskgate.zarr.codec.CodecConfigException;
import io.maskgate.zarr.codec.CodecEnvironment;
import io.maskgate.zarr.codec.CodecPipeline;
import io.maskgate.zarr.codec.ShardLayout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the stored chunks of one Zarr v3 array folder (a {@link Storage}). Thread-safe and shared; each
 * thread reads through its own {@link Worker}, which owns the reused read buffer and codec state. A missing chunk
 * file is {@link ChunkReadResult.Status#ABSENT} (the buffer gets the fill value); sharded arrays
 * read whole shards (inner chunks decoded one by one into the shard's buffer); from a storage that reads by ranges
 * ({@link Storage#rangedReads()}: HTTP, S3) a shard is fetched as its index and then the inner chunks it points to.
 *
 * <p>A read is two halves that can also run apart: {@link #fetch} reads a chunk's stored bytes (I/O only,
 * thread-safe) and a {@link StoredChunkDecoder} decodes them (one per thread) — the pixel scan fetches on its
 * workers and decodes in its kernel; {@link Worker#read} does both.
 *
 * <p>Typical scan:
 * <pre>{@code
 * ArrayChunkReader reader = ArrayChunkReader.open(storage.at("data"), metadata, "data", locator);
 * reader.arrayFinding().ifPresent(sink::accept);          // codec unavailable: once per array
 * byte[] buf = new byte[reader.chunkBytes()];
 * long[] c = new long[reader.rank()];
 * try (ArrayChunkReader.Worker w = reader.newWorker()) {
 *     do {
 *         ChunkReadResult r = w.read(c, buf);
 *         r.findings().forEach(sink::accept);
 *     } while (reader.next(c));
 * }
 * }</pre>
 */
public final class ArrayChunkReader {

    /**
     * Inner chunks of a shard at most this many bytes apart are read by one ranged request: a request costs more
     * than transferring a few kilobytes it does not need.
     */
    static final long SHARD_RANGE_GAP = 16 << 10;

    private final Storage array;
    private final String filePrefix;
    private final ChunkKeyEncoding keyEncoding;
    private final long[] shape;
    private final int[] chunkShape;
    private final long[] grid;
    private final ChunkLocator locator;
    private final CodecPipeline pipeline;
    private final CodecConfigException unavailable;
    /** Where a shard's parts are, when shards can be read by ranges; null for unsharded arrays. */
    private final ShardLayout shardLayout;

    private ArrayChunkReader(Storage array, ZarrArrayMetadata metadata, String filePrefix, ChunkLocator locator,
                             CodecEnvironment env) {
        this.array = array;
        this.filePrefix = filePrefix == null || filePrefix.isEmpty() ? "" : (filePrefix.endsWith("/") ? filePrefix : filePrefix + "/");
        this.keyEncoding = metadata.chunkKeyEncoding();
        this.shape = metadata.shape().clone();
        this.chunkShape = metadata.chunkShape().clone();
        this.grid = metadata.chunkGridShape();
        this.locator = locator == null ? ChunkLocator.NONE : locator;
        CodecPipeline p = null;
        CodecConfigException u = null;
        try {
            p = CodecPipeline.of(metadata, env);
        } catch (CodecConfigException e) {
            u = e;
        } catch (RuntimeException e) {
            // Metadata that slipped past validation must still give a finding, not a crash.
            u = new CodecConfigException("/codecs", "codecs cannot be set up: " + e);
        }
        this.pipeline = p;
        this.unavailable = u;
        this.shardLayout = p == null ? null : p.shardLayout().orElse(null);
    }

    /**
     * A reader of the array whose folder is {@code array} (chunk keys such as {@code c/0/1} are read from it).
     *
     * @param filePrefix the array folder relative to the validation target ({@code "data"}), used
     *                   in findings; {@code ""} when the array is the target
     * @param locator    maps grid coordinates to a finding location; null for none
     */
    public static ArrayChunkReader open(Storage array, ZarrArrayMetadata metadata, String filePrefix, ChunkLocator locator) {
        return new ArrayChunkReader(array, metadata, filePrefix, locator, CodecEnvironment.DEFAULT);
    }

    /** As {@link #open(Storage, ZarrArrayMetadata, String, ChunkLocator)} with a given codec environment. */
    public static ArrayChunkReader open(Storage array, ZarrArrayMetadata metadata, String filePrefix, ChunkLocator locator,
                                        CodecEnvironment env) {
        return new ArrayChunkReader(array, metadata, filePrefix, locator, env);
    }

    /** The one finding when this array's chunks cannot be decoded here (ZARR_CODEC_UNAVAILABLE on its zarr.json). */
    public Optional<Finding> arrayFinding() {
        return unavailable == null ? Optional.empty() : Optional.of(unavailable.toFinding(filePrefix + "zarr.json"));
    }

    /** True when chunks can be decoded (no {@link #arrayFinding()}). */
    public boolean decodable() {
        return pipeline != null;
    }

    /** The codec pipeline, or null when not {@link #decodable()}. */
    public CodecPipeline pipeline() {
        return pipeline;
    }

    public int rank() {
        return shape.length;
    }

    /** Chunks along each dimension. */
    public long[] gridShape() {
        return grid.clone();
    }

    public long chunkCount() {
        long n = 1;
        for (long g : grid) {
            n *= g;
        }
        return n;
    }

    public int[] chunkShape() {
        return chunkShape.clone();
    }

    /** Bytes of one decoded chunk (the buffer size {@link Worker#read} needs); 0 when not decodable. */
    public int chunkBytes() {
        return pipeline == null ? 0 : pipeline.rawBytes();
    }

    /** The chunk's key relative to the array folder, e.g. {@code c/3/12/0/0/0}. */
    public String key(long[] coords) {
        return keyEncoding.key(coords);
    }

    /** The chunk's file relative to the validation target, e.g. {@code data/c/3/12/0/0/0}. */
    public String file(long[] coords) {
        return filePrefix + keyEncoding.key(coords);
    }

    /**
     * The part of the chunk inside the array along each dimension (edge chunks are stored whole;
     * elements past the array's shape are not data). Writes into and returns {@code into}.
     */
    public int[] extent(long[] coords, int[] into) {
        for (int d = 0; d < shape.length; d++) {
            long start = coords[d] * chunkShape[d];
            into[d] = (int) Math.min(chunkShape[d], shape[d] - start);
        }
        return into;
    }

    /** Advances {@code coords} to the next chunk in C order; false after the last one. */
    public boolean next(long[] coords) {
        for (int d = grid.length - 1; d >= 0; d--) {
            if (++coords[d] < grid[d]) {
                return true;
            }
            coords[d] = 0;
        }
        return false;
    }

    /** Reads one chunk with a throw-away worker; scans should keep one {@link Worker} per thread. */
    public ChunkReadResult read(long[] coords, byte[] out) {
        try (Worker w = newWorker()) {
            return w.read(coords, out);
        }
    }

    /** A worker for one thread. */
    public Worker newWorker() {
        return new Worker();
    }

    /**
     * Fetches the stored bytes of the chunk at {@code coords} into {@code into} without decoding them: the I/O
     * half of {@link Worker#read}, for callers that decode elsewhere ({@link StoredChunkDecoder}). The result is
     * PRESENT with {@code storedBytes} = the bytes now in {@code into} (not yet decoded, so not yet known to be
     * valid), ABSENT, ERROR (the file cannot be read, or is larger than any valid encoding: one problem), or
     * SKIPPED (the codecs cannot be decoded here). Never throws for bad data. Thread-safe: all state is in
     * {@code into}.
     */
    public ChunkReadResult fetch(long[] coords, EncodedChunk into) {
        checkCoords(coords);
        String key = keyEncoding.key(coords);
        String file = filePrefix + key;
        if (pipeline == null) {
            return new ChunkReadResult(ChunkReadResult.Status.SKIPPED, file, 0, List.of(), Location.NONE);
        }
        int n;
        try {
            if (shardLayout != null && array.rangedReads()) {
                return fetchShardByRanges(coords, key, file, into);
            }
            Optional<StoredObject> stored = array.open(key);
            if (stored.isEmpty()) {
                return new ChunkReadResult(ChunkReadResult.Status.ABSENT, file, 0, List.of(), Location.NONE);
            }
            try (StoredObject object = stored.get()) {
                long size = object.size();
                if (size > pipeline.maxEncodedBytes()) {
                    return error(coords, file, size, tooLarge(size));
                }
                byte[] owned = object.ownedBytes();
                if (owned != null && owned.length == size) {
                    // A remote response body: keep it rather than copy it, so the chunk is held once.
                    into.wrap(owned);
                    n = owned.length;
                } else {
                    n = readFully(object, (int) size, into);
                }
            }
        } catch (AccessDeniedException e) {
            return error(coords, file, 0, new ChunkProblem(ChunkProblemKind.CORRUPT, "cannot read the chunk file: permission denied"));
        } catch (FileSystemException e) {
            String why = array.kind(key) == KeyKind.DIRECTORY ? "the chunk key is a directory, not a file" : "cannot read the chunk file: " + e.getReason();
            return error(coords, file, 0, new ChunkProblem(ChunkProblemKind.CORRUPT, why));
        } catch (IOException e) {
            return error(coords, file, 0, new ChunkProblem(ChunkProblemKind.CORRUPT, "cannot read the chunk file: " + e));
        }
        return new ChunkReadResult(ChunkReadResult.Status.PRESENT, file, n, List.of(), Location.NONE);
    }

    /**
     * Reads a shard from a remote store in parts: its index (one ranged request, a suffix range for an index at the
     * end, which also gives the shard's size), then the byte ranges of the inner chunks the index points to, merged
     * where they are adjacent. The shard's buffer then holds every byte the decoder reads, at its offset (bytes no
     * valid entry points to stay zero and are never decoded), so the findings are those of a whole read. A server
     * that ignores ranges answers the first request with the whole shard, which is then used as it is.
     */
    private ChunkReadResult fetchShardByRanges(long[] coords, String key, String file, EncodedChunk into)
            throws IOException {
        Optional<StoredSlice> head = array.readSlice(key, shardLayout.indexBytes(), !shardLayout.indexAtStart());
        if (head.isEmpty()) {
            return new ChunkReadResult(ChunkReadResult.Status.ABSENT, file, 0, List.of(), Location.NONE);
        }
        StoredSlice index = head.get();
        long size = index.size();
        if (size > pipeline.maxEncodedBytes()) {
            return error(coords, file, size, tooLarge(size));
        }
        if (index.whole()) {
            into.wrap(index.bytes());
            return new ChunkReadResult(ChunkReadResult.Status.PRESENT, file, size, List.of(), Location.NONE);
        }
        into.writeView((int) size, pipeline.maxEncodedBytes());
        byte[] shard = into.bytes();
        Arrays.fill(shard, 0, (int) size, (byte) 0);
        int indexAt = (int) index.offset();
        System.arraycopy(index.bytes(), 0, shard, indexAt, index.bytes().length);
        long[] ranges = shardLayout.ranges(shard, indexAt, size, SHARD_RANGE_GAP);
        for (int r = 0; ranges != null && r < ranges.length; r += 2) {
            int start = (int) ranges[r];
            int length = (int) (ranges[r + 1] - ranges[r]);
            int read = array.read(key, start, ByteBuffer.wrap(shard, start, length));
            if (read < length) {
                return error(coords, file, size, new ChunkProblem(ChunkProblemKind.CORRUPT, "cannot read the chunk "
                        + "file: bytes " + start + ".." + (start + length) + " of its " + size + " ended after " + read
                        + " (the shard changed while it was read)"));
            }
        }
        into.length((int) size);
        return new ChunkReadResult(ChunkReadResult.Status.PRESENT, file, size, List.of(), Location.NONE);
    }

    private ChunkProblem tooLarge(long size) {
        long fixed = pipeline.fixedEncodedBytes();
        if (fixed >= 0) {
            return new ChunkProblem(ChunkProblemKind.WRONG_LENGTH, "chunk file has " + size + " bytes, expected " + fixed);
        }
        return new ChunkProblem(ChunkProblemKind.OVERSIZED, "chunk file has " + size
                + " bytes, more than any valid encoding of a " + pipeline.rawBytes() + "-byte chunk (at most "
                + pipeline.maxEncodedBytes() + ")");
    }

    private ChunkReadResult error(long[] coords, String file, long size, ChunkProblem p) {
        return new ChunkReadResult(ChunkReadResult.Status.ERROR, file, size, List.of(p), locator.locate(coords));
    }

    private int readFully(StoredObject object, int size, EncodedChunk into) throws IOException {
        ByteBuffer readView = into.writeView(size, pipeline.maxEncodedBytes());
        while (readView.hasRemaining()) {
            if (object.read(readView, readView.position()) < 0) {
                break; // the file shrank while we read it: decode what is there
            }
        }
        into.length(readView.position());
        return readView.position();
    }

    private void checkCoords(long[] coords) {
        if (coords.length != grid.length) {
            throw new IllegalArgumentException("coords " + Arrays.toString(coords) + " do not have rank " + grid.length);
        }
        for (int d = 0; d < grid.length; d++) {
            if (coords[d] < 0 || coords[d] >= grid[d]) {
                throw new IllegalArgumentException("coords " + Arrays.toString(coords) + " outside grid " + Arrays.toString(grid));
            }
        }
    }

    /** Per-thread reading state: reused read buffer and codec contexts. Not thread-safe. */
    public final class Worker implements AutoCloseable {
        private final StoredChunkDecoder decoder = pipeline == null ? null : new StoredChunkDecoder(pipeline, locator);
        private final EncodedChunk stored = new EncodedChunk();

        private Worker() {
        }

        /**
         * Reads and decodes the chunk at {@code coords} into {@code out} (at least
         * {@link #chunkBytes()} long). Never throws for bad data.
         */
        public ChunkReadResult read(long[] coords, byte[] out) {
            return read(coords, out, true);
        }

        /**
         * As {@link #read(long[], byte[])}; with {@code fillAbsent} false an absent chunk leaves
         * {@code out} untouched, for callers that treat absent chunks themselves (the pixel scan
         * checks them without reading pixels: filling 4 MB per absent chunk cost about 2 s of CPU
         * time on the release store).
         */
        public ChunkReadResult read(long[] coords, byte[] out, boolean fillAbsent) {
            checkCoords(coords);
            if (pipeline != null && out.length < pipeline.rawBytes()) {
                throw new IllegalArgumentException("buffer of " + out.length + " bytes for chunks of " + pipeline.rawBytes());
            }
            ChunkReadResult fetched = fetch(coords, stored);
            return switch (fetched.status()) {
                case PRESENT -> decoder.decode(coords, fetched.file(), stored.bytes(), stored.length(), out);
                case ABSENT -> {
                    if (fillAbsent) {
                        pipeline.fillValue().fill(out, 0, pipeline.rawBytes());
                    }
                    yield fetched;
                }
                case ERROR, SKIPPED -> fetched;
            };
        }

        @Override
        public void close() {
            if (decoder != null) {
                decoder.close();
            }
        }
    }
}
