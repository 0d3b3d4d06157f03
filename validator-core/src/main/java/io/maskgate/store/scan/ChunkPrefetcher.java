package io.maskgate.store.scan;

import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.TrenchLayout;
import io.maskgate.zarr.chunk.EncodedChunk;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fetches the chunks of a scan ahead of its workers, in the order the workers take them (trench by trench,
 * slot by slot), on its own threads, so a remote store is read at its bandwidth rather than one latency per
 * chunk. Bounded: at most {@code window} chunks are fetched but not yet taken, so memory stays within
 * {@code window} stored chunks. Each chunk's bytes are held once: a taken chunk hands its array to the
 * worker's holder ({@link EncodedChunk#wrap}) instead of being copied.
 *
 * <p>Never deadlocks: a fetcher claims the next chunk in order and its room in the window in one step, so the
 * earliest chunk a worker waits for always has room; an exception of the source is handed to the worker that
 * takes that chunk, which ends the scan as before.
 */
final class ChunkPrefetcher implements AutoCloseable {

    /** A fetched chunk: its status and bytes, or the exception the source threw. */
    private record Fetched(ChunkStatus status, EncodedChunk bytes, Exception error) {
    }

    private final ChunkSource source;
    private final TrenchLayout layout;
    private final int[] trenches;
    private final int slots;
    private final long total;
    private final int window;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a fetched chunk is ready: the workers wait on it. */
    private final Condition arrived = lock.newCondition();
    /** Signalled when a worker takes a chunk, freeing room in the window: the fetchers wait on it. */
    private final Condition roomFreed = lock.newCondition();
    private final Map<Long, Fetched> ready = new HashMap<>();
    private final ExecutorService fetchers;
    private long claimed;
    private long outstanding;
    private boolean closed;

    /**
     * @param trenches the trenches in the order the workers take them
     * @param threads  fetches in flight at once
     * @param window   chunks fetched ahead at most (at least 1)
     */
    ChunkPrefetcher(ChunkSource source, TrenchLayout layout, int[] trenches, int threads, int window) {
        this.source = source;
        this.layout = layout;
        this.trenches = trenches.clone();
        this.slots = layout.slots();
        this.total = (long) trenches.length * slots;
        this.window = Math.max(1, window);
        AtomicInteger number = new AtomicInteger();
        int n = (int) Math.max(1, Math.min(threads, Math.min(this.window, total)));
        this.fetchers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "maskgate-fetch-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < n; i++) {
            fetchers.execute(this::fetchLoop);
        }
    }

    /** The window a scan can afford: enough to keep {@code threads} fetches busy, within {@code budgetBytes}. */
    static int window(int threads, int slots, long chunkBytes, long budgetBytes) {
        long wanted = Math.max(2L * threads, slots);
        long affordable = budgetBytes / Math.max(1, chunkBytes);
        return (int) Math.max(1, Math.min(Math.min(wanted, affordable), Integer.MAX_VALUE));
    }

    /**
     * Waits for the chunk in {@code slot} of the {@code position}-th trench of the scan and moves it into
     * {@code into}.
     *
     * @throws IOException          as the source threw it for this chunk
     * @throws InterruptedException when the waiting worker is interrupted
     */
    ChunkStatus take(int position, int slot, EncodedChunk into) throws IOException, InterruptedException {
        long seq = (long) position * slots + slot;
        Fetched f;
        lock.lockInterruptibly();
        try {
            while ((f = ready.remove(seq)) == null) {
                if (closed) {
                    throw new IllegalStateException("chunk prefetcher closed");
                }
                arrived.await();
            }
            outstanding--;
            // One chunk taken is room for one more fetch: wake one fetcher, not all of them.
            roomFreed.signal();
        } finally {
            lock.unlock();
        }
        if (f.error() instanceof IOException io) {
            throw io;
        }
        if (f.error() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (f.status().kind() == ChunkStatus.Kind.PRESENT) {
            into.wrap(f.bytes().bytes(), f.bytes().length());
        }
        return f.status();
    }

    private void fetchLoop() {
        long[] coords = new long[5];
        while (true) {
            long seq;
            lock.lock();
            try {
                while (!closed && claimed < total && outstanding >= window) {
                    roomFreed.awaitUninterruptibly();
                }
                if (closed || claimed >= total) {
                    return;
                }
                seq = claimed++;
                outstanding++;
            } finally {
                lock.unlock();
            }
            layout.chunk(trenches[(int) (seq / slots)], (int) (seq % slots), coords);
            EncodedChunk holder = new EncodedChunk();
            Fetched f;
            try {
                ChunkStatus status = source.fetch(coords, holder);
                f = status == null
                        ? new Fetched(null, null, new IllegalStateException("the chunk source returned no status"))
                        : new Fetched(status, holder, null);
            } catch (IOException | RuntimeException e) {
                f = new Fetched(null, null, e);
            }
            lock.lock();
            try {
                if (!closed) {
                    ready.put(seq, f);
                    arrived.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Stops the fetchers; chunks not taken are dropped. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            ready.clear();
            arrived.signalAll();
            roomFreed.signalAll();
        } finally {
            lock.unlock();
        }
        fetchers.shutdownNow();
    }
}
