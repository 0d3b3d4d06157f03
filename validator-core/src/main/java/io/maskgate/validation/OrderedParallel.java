package io.maskgate.validation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs items {@code 0..n-1} on worker threads and hands the results to the caller's thread in item order, with
 * at most a window of results waiting: output is deterministic whatever the thread count, and memory bounded
 * whatever {@code n}. Each worker owns a state (buffers, readers) it reuses for every item. Shared by the areas
 * (packaging writes trenches, HuBMAP analyses mask files) so that each gets the same ordering and failure handling.
 */
public final class OrderedParallel {

    /** A worker's reusable state; closing it throws nothing. */
    public interface State extends AutoCloseable {
        @Override
        void close();
    }

    /** Per-worker state factory. */
    @FunctionalInterface
    public interface StateFactory<S> {
        S create() throws Exception;
    }

    /** The work of one item. */
    @FunctionalInterface
    public interface Work<S, R> {
        R apply(S state, int item) throws Exception;
    }

    /** Consumes results in item order on the calling thread. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(int item, R result) throws Exception;
    }

    private OrderedParallel() {
    }

    /**
     * Runs {@code work} for items {@code 0..n-1} on at most {@code threads} workers and gives each result to
     * {@code sink} in item order; the first failure stops the workers and is rethrown here.
     */
    public static <S extends State, R> void run(int n, int threads, StateFactory<S> states, Work<S, R> work,
                                                Sink<R> sink) throws Exception {
        if (n == 0) {
            return;
        }
        int workers = Math.max(1, Math.min(threads, n));
        Semaphore window = new Semaphore(workers * 2);
        AtomicReferenceArray<CompletableFuture<R>> results = new AtomicReferenceArray<>(n);
        for (int i = 0; i < n; i++) {
            results.set(i, new CompletableFuture<>());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "maskgate-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> runWorker(n, states, work, window, results, next, stop));
            }
            for (int i = 0; i < n; i++) {
                R r;
                try {
                    r = results.get(i).join();
                } catch (CompletionException e) {
                    throw unwrap(e.getCause());
                }
                results.set(i, null);  // let the result go as soon as it is consumed
                sink.accept(i, r);
                window.release();
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static <S extends State, R> void runWorker(int n, StateFactory<S> states, Work<S, R> work,
                                                                Semaphore window, AtomicReferenceArray<CompletableFuture<R>> results,
                                                                AtomicInteger next, AtomicBoolean stop) {
        int item = -1;
        try (S state = states.create()) {
            while (!stop.get()) {
                window.acquire();
                item = next.getAndIncrement();
                if (item >= n) {
                    return;
                }
                results.get(item).complete(work.apply(state, item));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) { // every failure reaches the consumer, which rethrows it
            stop.set(true);
            int failed = Math.max(item, 0);
            for (int i = failed; i < n; i++) {
                CompletableFuture<R> f = results.get(i);
                if (f != null) {
                    f.completeExceptionally(e);
                }
            }
        }
    }

    private static Exception unwrap(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof Exception e ? e : new IllegalStateException(t);
    }
}
