package io.maskgate.zarr.hierarchy;

import io.maskgate.rules.FindingSink;
import io.maskgate.storage.KeyVisitor;
import io.maskgate.storage.Storage;
import io.maskgate.validation.ProgressListener;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkLocator;
import io.maskgate.zarr.chunk.ChunkReadResult;
import io.maskgate.zarr.chunk.StrayFileScanner;
import io.maskgate.zarr.codec.ChunkProblem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decodes every stored chunk of one array of any core data type with the array's codecs. The calling thread lists
 * the array folder once (each key is a chunk of the grid, the array's {@code zarr.json}, or a stray file); workers
 * decode the chunks it finds. Memory is bounded by one decoded-chunk buffer and one stored-bytes buffer per worker
 * plus a short queue of grid coordinates: an array is never held whole, and chunks that are not stored are counted
 * (grid size minus stored chunks) rather than visited, so a huge sparse grid costs nothing.
 */
final class ArrayChunkScan {

    /** Decoded chunk buffers of all workers may take this share of the heap at most. */
    private static final double HEAP_SHARE = 0.5;
    private static final long[] END = new long[0];

    private final ExecutorService pool;
    private final int threads;
    private final FindingSink sink;
    private final ProgressListener progress;

    /**
     * @param pool    runs the workers; at least {@code threads} threads
     * @param threads workers per array, at least 1
     */
    ArrayChunkScan(ExecutorService pool, int threads, FindingSink sink, ProgressListener progress) {
        this.pool = pool;
        this.threads = threads;
        this.sink = sink;
        this.progress = progress;
    }

    /** Chunks in the grid of {@code metadata}; {@link Long#MAX_VALUE} when the count exceeds it. */
    static long gridChunks(ZarrArrayMetadata metadata) {
        long n = 1;
        for (long g : metadata.chunkGridShape()) {
            if (g != 0 && n > Long.MAX_VALUE / g) {
                return Long.MAX_VALUE;
            }
            n *= g;
        }
        return n;
    }

    /**
     * Scans the array whose folder is {@code array}.
     *
     * @param path the array relative to the target, for findings and statistics ({@code ""} for the target)
     */
    ArrayStats scan(Storage array, String path, ZarrArrayMetadata metadata) {
        long chunks = gridChunks(metadata);
        ArrayChunkReader reader = ArrayChunkReader.open(array, metadata, path, ChunkLocator.NONE);
        Optional<io.maskgate.rules.Finding> unavailable = reader.arrayFinding();
        if (unavailable.isPresent()) {
            sink.accept(unavailable.get());
            return stats(path, metadata, chunks, new long[5], "not decoded: its codecs cannot be decoded here");
        }
        long chunkBytes = reader.chunkBytes();
        long budget = (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
        if (2 * chunkBytes > budget) {
            return stats(path, metadata, chunks, new long[5], "not decoded: one chunk decodes to " + chunkBytes
                    + " bytes, more than the Java heap can hold twice (raise -Xmx)");
        }
        int workers = (int) Math.max(1, Math.min(threads, budget / Math.max(1, 2 * chunkBytes)));
        return run(array, path, metadata, reader, chunks, workers);
    }

    private ArrayStats run(Storage array, String path, ZarrArrayMetadata metadata, ArrayChunkReader reader, long chunks,
                           int workers) {
        BlockingQueue<long[]> queue = new ArrayBlockingQueue<>(4 * workers);
        AtomicLong decoded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong vanished = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        String name = path.isEmpty() ? "the array" : "array " + path;
        List<Future<?>> running = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            running.add(pool.submit(() -> {
                decode(reader, queue, name, decoded, failed, vanished, stored);
                return null;
            }));
        }
        String prefix = path.isEmpty() ? "" : path + "/";
        StrayFileScanner keys = new StrayFileScanner(metadata.chunkKeyEncoding(), reader.gridShape());
        long[] listed = new long[2]; // stored chunk keys, stray files
        List<String> unlisted = new ArrayList<>();
        Optional<String> unlistable = array.listingUnavailable();
        try {
            if (unlistable.isPresent()) {
                // No listing (plain HTTP): ask for every key of the grid; an absent one reads as the fill value.
                listed[0] = enqueueGrid(reader.gridShape(), queue, running);
            } else {
                array.list("", new KeyVisitor() {
                private final long[] coords = new long[reader.rank()];

                @Override
                public void key(String key) {
                    if (keys.chunkKey(key, coords)) {
                        listed[0]++;
                        put(queue, coords.clone(), running);
                    } else if (!key.equals("zarr.json") && !key.endsWith("/zarr.json")) {
                        // a nested zarr.json is a node inside an array: the hierarchy walk reports it
                        listed[1]++;
                        sink.accept(StrayFileScanner.strayFinding(prefix + key, keys.classify(key).orElse("not a chunk key")));
                    }
                }

                @Override
                public void unreadable(String folder, IOException cause) {
                    unlisted.add(folder.isEmpty() ? "." : folder);
                }
            });
            }
        } catch (IOException e) {
            unlisted.add(". (" + e.getMessage() + ")");
        } finally {
            for (int i = 0; i < workers; i++) {
                put(queue, END, running);
            }
            await(running);
        }
        long absent = chunks == Long.MAX_VALUE ? Long.MAX_VALUE : chunks - listed[0] + vanished.get();
        if (chunks != Long.MAX_VALUE) {
            progress.advance(chunks - listed[0]);
        }
        String note = unlisted.isEmpty() ? "" : "folders that could not be listed (their chunks count as absent): "
                + String.join(", ", unlisted);
        if (unlistable.isPresent()) {
            note = "every chunk key of the grid requested, as " + unlistable.get() + "; stray keys not looked for";
        }
        if (reader.pipeline().sharded()) {
            note = note.isEmpty() ? "sharded: a chunk is a shard of inner chunks" : "sharded; " + note;
        }
        return stats(path, metadata, chunks, new long[] {decoded.get(), absent, failed.get(), stored.get(), listed[1]}, note);
    }

    /** Queues every chunk of the grid in C order; returns how many. */
    private static long enqueueGrid(long[] grid, BlockingQueue<long[]> queue, List<Future<?>> running) {
        for (long g : grid) {
            if (g == 0) {
                return 0;
            }
        }
        long[] coords = new long[grid.length];
        long n = 0;
        while (true) {
            put(queue, coords.clone(), running);
            n++;
            int d = grid.length - 1;
            while (d >= 0 && ++coords[d] == grid[d]) {
                coords[d--] = 0;
            }
            if (d < 0) {
                return n;
            }
        }
    }

    private void decode(ArrayChunkReader reader, BlockingQueue<long[]> queue, String name, AtomicLong decoded,
                        AtomicLong failed, AtomicLong vanished, AtomicLong stored) throws InterruptedException {
        byte[] buffer = new byte[reader.chunkBytes()];
        try (ArrayChunkReader.Worker worker = reader.newWorker()) {
            for (long[] coords = queue.take(); coords != END; coords = queue.take()) {
                ChunkReadResult r = worker.read(coords, buffer, false);
                stored.addAndGet(r.storedBytes());
                switch (r.status()) {
                    case PRESENT -> decoded.incrementAndGet();
                    case ABSENT -> vanished.incrementAndGet(); // deleted since the listing
                    case ERROR, SKIPPED -> {
                        failed.incrementAndGet();
                        String where = "chunk " + Arrays.toString(coords) + " of " + name + ": ";
                        for (ChunkProblem p : r.problems()) {
                            sink.accept(new ChunkProblem(p.kind(), where + p.message()).toFinding(r.file(), r.location()));
                        }
                    }
                }
                progress.advance(1);
            }
        }
    }

    /** Queues {@code coords}, giving up when every worker has stopped (a worker crashed: {@link #await} says why). */
    private static void put(BlockingQueue<long[]> queue, long[] coords, List<Future<?>> running) {
        try {
            while (!queue.offer(coords, 100, TimeUnit.MILLISECONDS)) {
                if (running.stream().allMatch(Future::isDone)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning chunks", e);
        }
    }

    private static void await(List<Future<?>> running) {
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning chunks", e);
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("chunk worker failed", cause);
        }
    }

    /** {@code counts}: decoded, absent, failed, stored bytes, stray files. */
    private static ArrayStats stats(String path, ZarrArrayMetadata m, long chunks, long[] counts, String note) {
        long absent = counts[1];
        if (note.startsWith("not decoded")) {
            absent = 0;
        }
        return new ArrayStats(path, m.dataType().name(), m.shape(), m.chunkShape(), chunks, counts[0], absent, counts[2],
                counts[3], counts[4], note);
    }
}
