package io.maskgate.store.scan;

import io.maskgate.agreement.AgreementCollector;
import io.maskgate.agreement.TrenchAgreement;
import io.maskgate.labels.FrameAnalyzer;
import io.maskgate.labels.LabelRules;
import io.maskgate.report.Checked;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.RuleMeta;
import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.store.kernel.TrenchChunks;
import io.maskgate.store.kernel.TrenchKernel;
import io.maskgate.store.kernel.TrenchLayout;
import io.maskgate.store.kernel.TrenchStats;
import io.maskgate.validation.ProgressListener;
import io.maskgate.validation.ValidationContext;
import io.maskgate.zarr.codec.CodecPipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The streaming label scan of a mask store on a bounded pool of workers: the local executor of the pixel
 * kernel ({@link TrenchKernel}). Each worker takes a trench, fetches its stored chunks for every hypothesis
 * from the {@link ChunkSource} and has its own kernel decode and check them.
 *
 * <ul>
 *   <li>Order: trenches are handed out in order from one counter (trench-major: all hypotheses of a trench
 *       are one unit). Every finding goes to the sink the moment it is found, from the worker's thread: the
 *       sink must be thread-safe, and the report's order comes from sorting (the engine's collector does),
 *       never from arrival order. Statistics are sums, minima, maxima and histograms, merged at the end, so
 *       they do not depend on timing either.</li>
 *   <li>Memory: each worker owns one kernel (one movie buffer: hypotheses are decoded one after the other),
 *       the fetched chunks of one trench and one statistics accumulator, and holds no findings: heap use is
 *       independent of the store's size and of how many findings it has (the collector spills them to disk).
 *       The worker count is lowered to fit {@link ScanConfig#memoryBudget()}.</li>
 *   <li>Isolation: a chunk that cannot be fetched or decoded is reported and the scan goes on; an exception
 *       (I/O error, bug) stops every worker and is rethrown — never a hang.</li>
 *   <li>Completeness: every finding is listed, none is only counted; findings of codes the user's
 *       policy ignores are counted in the statistics but never built.</li>
 *   <li>Remote stores ({@link ScanConfig#readAhead()} above 0): a {@link ChunkPrefetcher} fetches the chunks in
 *       the order the workers take them, that many at a time and a bounded window ahead, and the workers only
 *       decode and check; the findings and statistics are the same either way.</li>
 *   <li>Progress counts chunks (movies), a trench's at a time. Cancellation: interrupting the calling thread
 *       stops the workers and throws {@link CancellationException}.</li>
 * </ul>
 */
public final class PixelScanner {

    private final ScanConfig config;

    public PixelScanner(ScanConfig config) {
        this.config = config;
    }

    /**
     * Scans the store and records findings, what was checked and the statistics tables in
     * {@code context}.
     *
     * @param pipeline the codecs of the store's {@code data} array, which the kernels decode with
     */
    public ScanResult scan(ChunkSource source, StoreGeometry geometry, CodecPipeline pipeline,
                           ValidationContext context) {
        return scan(source, geometry, pipeline, context, (AgreementCollector) null);
    }

    /**
     * As {@link #scan(ChunkSource, StoreGeometry, CodecPipeline, ValidationContext)}, also feeding every decoded
     * movie to {@code agreement} (null for none): the agreement analysis shares the scan's reads and decoding.
     */
    public ScanResult scan(ChunkSource source, StoreGeometry geometry, CodecPipeline pipeline,
                           ValidationContext context, AgreementCollector agreement) {
        ScanResult result = scan(source, geometry, pipeline, context, context.progress(), agreement);
        for (Checked c : result.checked()) {
            context.checked(c.what(), c.count(), c.detail());
        }
        result.statistics().forEach(context::statistics);
        return result;
    }

    /** Scans the store, reporting findings to {@code sink}; what was checked and the statistics are returned. */
    public ScanResult scan(ChunkSource source, StoreGeometry geometry, CodecPipeline pipeline, FindingSink sink,
                           ProgressListener progress) {
        return scan(source, geometry, pipeline, sink, progress, null);
    }

    /**
     * Scans the store, reporting findings to {@code sink} and showing every decoded movie to {@code agreement}
     * (null for none). When the heap cannot hold a worker with the agreement's buffers, the scan runs without it
     * and says so in {@link ScanResult#agreementSkipped()}.
     */
    public ScanResult scan(ChunkSource source, StoreGeometry geometry, CodecPipeline pipeline, FindingSink sink,
                           ProgressListener progress, AgreementCollector agreement) {
        int[] trenches = sampleTrenches(geometry.trenches(), config.sampleTrenches());
        int hypotheses = geometry.hypotheses();
        long chunkCount = (long) trenches.length * hypotheses;
        List<RuleMeta> rules = LabelRules.contentRules();
        String skipped = unscannable(geometry, pipeline, chunkCount);
        TrenchLayout layout = skipped == null ? new TrenchLayout(geometry, pipeline.chunkShape()) : null;
        String agreementSkipped = null;
        long extra = agreement == null ? 0 : agreement.bytesPerWorker();
        int workers = skipped != null ? 0 : workers(geometry, pipeline, layout, trenches.length, rules.size(), extra);
        if (skipped == null && workers == 0 && agreement != null) {
            agreementSkipped = "it needs about " + extra + " more bytes of heap per worker than the scan's budget of "
                    + config.memoryBudget() + " bytes allows";
            agreement = null;
            workers = workers(geometry, pipeline, layout, trenches.length, rules.size(), 0);
        }
        if (skipped == null && workers == 0) {
            skipped = "the scan needs about " + perWorkerBytes(geometry, pipeline, layout, rules.size())
                    + " bytes of heap per worker, more than its budget of " + config.memoryBudget() + " bytes";
        }
        if (skipped != null) {
            return new ScanResult(chunkCount, 0, 0, 0, 0, 0, 0, skipped,
                    List.of(new Checked("label scan chunks", 0, "labels not checked: " + skipped)), List.of(),
                    agreement == null ? null : "the label scan did not run: " + skipped);
        }
        Run run = new Run(source, geometry, pipeline, layout, trenches, workers, sink, progress, agreement);
        TrenchStats merged = run.execute();

        List<Checked> checked = checkedFrames(geometry, trenches, chunkCount, merged);
        return new ScanResult(chunkCount, merged.chunksPresent(), merged.chunksAbsent(), merged.chunksFailed(),
                merged.frames(), merged.labelFindings(), workers, null, checked,
                ScanStatistics.tables(merged, geometry, rules), agreementSkipped);
    }

    /**
     * The trenches a scan covers: all of them, or {@code sample} evenly spaced ones (the middle of
     * each of {@code sample} equal slices), the same for every hypothesis.
     */
    public static int[] sampleTrenches(int trenches, int sample) {
        int n = sample <= 0 || sample >= trenches ? trenches : sample;
        int[] chosen = new int[n];
        for (int k = 0; k < n; k++) {
            chosen[k] = n == trenches ? k : (int) (((2L * k + 1) * trenches) / (2L * n));
        }
        return chosen;
    }

    /**
     * The chunk line and the frame lines. Honest about failures: frames in chunks that could not be read or decoded
     * were not checked, and the report says how many.
     */
    private List<Checked> checkedFrames(StoreGeometry g, int[] trenches, long chunkCount, TrenchStats merged) {
        Checked chunks = checkedChunks(g, trenches, chunkCount);
        String size = g.height() + "x" + g.width() + " px each";
        long expected = (long) trenches.length * g.hypotheses() * g.times();
        long unread = Math.max(0, expected - merged.frames());
        if (merged.chunksFailed() == 0 && unread == 0) {
            return List.of(chunks, new Checked("label scan frames", merged.frames(),
                    size + ", every frame of every chunk read (absent chunks as background)"));
        }
        return List.of(chunks,
                new Checked("label scan frames", merged.frames(), size + ", read of " + expected
                        + " (absent chunks as background)"),
                new Checked("label scan frames not checked", unread, "in " + merged.chunksFailed() + " "
                        + (merged.chunksFailed() == 1 ? "chunk" : "chunks")
                        + " that could not be read or decoded (see the ZARR_CHUNK_* and ZARR_SHARD_* findings)"));
    }

    private Checked checkedChunks(StoreGeometry g, int[] trenches, long count) {
        String detail;
        if (trenches.length == g.trenches()) {
            detail = g.hypotheses() + " hypotheses x " + g.trenches() + " trenches (every chunk)";
        } else {
            StringBuilder sb = new StringBuilder("sample: ").append(trenches.length).append(" of ").append(g.trenches())
                    .append(" trenches per hypothesis, evenly spaced, the same for all ").append(g.hypotheses())
                    .append(" hypotheses (trenches ");
            int shown = Math.min(trenches.length, 20);
            for (int i = 0; i < shown; i++) {
                sb.append(i == 0 ? "" : ", ").append(trenches[i]);
            }
            if (trenches.length > shown) {
                sb.append(", ... ").append(trenches.length - shown).append(" more");
            }
            detail = sb.append(')').toString();
        }
        return new Checked("label scan chunks", count, detail);
    }

    /** Why the geometry cannot be scanned at all, or null. */
    private static String unscannable(StoreGeometry g, CodecPipeline pipeline, long chunkCount) {
        if ((long) g.height() * g.width() > FrameAnalyzer.MAX_FRAME_PIXELS) {
            return "frames of " + g.height() + "x" + g.width() + " px exceed the scan's limit of "
                    + FrameAnalyzer.MAX_FRAME_PIXELS + " px";
        }
        if (g.movieBytes() > Integer.MAX_VALUE - 64) {
            return "a chunk of " + g.movieBytes() + " bytes exceeds the scan's limit of 2 GiB per chunk";
        }
        if (chunkCount > Integer.MAX_VALUE) {
            return chunkCount + " chunks exceed the scan's limit of " + Integer.MAX_VALUE;
        }
        if (pipeline.chunkShape().length != 5 || pipeline.dataType().byteSize() != 1) {
            return "chunks of " + pipeline.chunkShape().length + " dimensions of " + pipeline.dataType().name()
                    + ", not 5 of uint8";
        }
        long slots = new TrenchLayout(g, pipeline.chunkShape()).slotCount();
        if (slots > TrenchLayout.MAX_SLOTS) {
            return "a trench spans " + slots + " chunks, more than the scan's limit of " + TrenchLayout.MAX_SLOTS;
        }
        return null;
    }

    /**
     * A worker's heap: its kernel, its statistics, and the stored chunks of one trench. A stored chunk is
     * counted at its decoded size — what an incompressible chunk takes; real ones are far smaller, and the
     * reader refuses files larger than any valid encoding.
     */
    private static long perWorkerBytes(StoreGeometry g, CodecPipeline pipeline, TrenchLayout layout, int rules) {
        long stored = Math.min(pipeline.maxEncodedBytes(), pipeline.rawBytes());
        return TrenchKernel.bytesNeeded(g, pipeline) + TrenchStats.bytesNeeded(g.hypotheses(), rules)
                + TrenchChunks.bytesNeeded(layout.slotCount(), stored);
    }

    private int workers(StoreGeometry g, CodecPipeline pipeline, TrenchLayout layout, int trenches, int rules,
                        long extraPerWorker) {
        long byMemory = config.memoryBudget() / (perWorkerBytes(g, pipeline, layout, rules) + extraPerWorker);
        return (int) Math.max(0, Math.min(Math.min(config.threads(), trenches), byMemory));
    }

    /** One scan: shared state of the workers. */
    private final class Run {
        private final ChunkSource source;
        private final StoreGeometry geometry;
        private final CodecPipeline pipeline;
        private final TrenchLayout layout;
        private final int[] trenches;
        private final int workerCount;
        private final FindingSink sink;
        private final ProgressListener progress;
        private final AgreementCollector agreement;
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean cancelled;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<Worker> all = new ArrayList<>();
        /** Fetches chunks ahead of the workers when the store is remote; null when they fetch their own. */
        private ChunkPrefetcher prefetcher;

        Run(ChunkSource source, StoreGeometry geometry, CodecPipeline pipeline, TrenchLayout layout, int[] trenches,
            int workers, FindingSink sink, ProgressListener progress, AgreementCollector agreement) {
            this.source = source;
            this.geometry = geometry;
            this.pipeline = pipeline;
            this.layout = layout;
            this.trenches = trenches;
            this.workerCount = workers;
            this.sink = sink;
            this.progress = progress;
            this.agreement = agreement;
        }

        TrenchStats execute() {
            if (config.readAhead() > 0) {
                long stored = Math.min(pipeline.maxEncodedBytes(), pipeline.rawBytes());
                // The workers' own memory is already within the budget; the window takes what is left of it.
                long left = config.memoryBudget() - workerCount * perWorkerBytes(geometry, pipeline, layout,
                        LabelRules.contentRules().size());
                int window = ChunkPrefetcher.window(config.readAhead(), layout.slots(), stored, Math.max(stored, left));
                try (ChunkPrefetcher p = new ChunkPrefetcher(source, layout, trenches, config.readAhead(), window)) {
                    prefetcher = p;
                    return executeWorkers();
                }
            }
            return executeWorkers();
        }

        private TrenchStats executeWorkers() {
            AtomicInteger threadNumber = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(workerCount, r -> {
                Thread t = new Thread(r, "maskgate-label-scan-" + threadNumber.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            progress.begin("label scan", (long) trenches.length * geometry.hypotheses());
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < workerCount; w++) {
                    Worker worker = new Worker();
                    all.add(worker);
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                if (Thread.interrupted()) {
                    // get() of a finished task does not look at the flag: an interrupt that came while the
                    // workers raced to the end still cancels, so the caller sees it either way.
                    throw new InterruptedException();
                }
            } catch (InterruptedException e) {
                cancelled = true;
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw new CancellationException("label scan interrupted");
            } catch (ExecutionException e) {
                failure.compareAndSet(null, e.getCause());
            } finally {
                pool.shutdownNow();
                progress.end();
            }
            Throwable failed = failure.get();
            if (failed instanceof Error error) {
                throw error;
            }
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed != null) {
                throw new IllegalStateException("label scan worker failed", failed);
            }
            TrenchStats merged = new TrenchStats(geometry.hypotheses(), LabelRules.contentRules().size());
            for (Worker w : all) {
                merged.merge(w.stats);
            }
            return merged;
        }

        /** One worker: its kernel, fetched chunks and statistics are reused for every trench it takes. */
        private final class Worker implements Runnable {
            private final TrenchChunks chunks = new TrenchChunks(layout.slots());
            private final long[] coords = new long[5];
            private TrenchStats stats;

            @Override
            public void run() {
                // The kernel is made on the worker's thread: its buffers are allocated by the thread that uses them.
                try (TrenchKernel kernel = new TrenchKernel(geometry, pipeline, config.kernel())) {
                    stats = kernel.newStats();
                    work(kernel, agreement == null ? null : agreement.newWorker());
                } catch (Throwable t) {
                    // An I/O error of the source, a bug, or OutOfMemoryError: stop everyone. Chunk problems
                    // never get here: they are findings.
                    failure.compareAndSet(null, t);
                    cancelled = true;
                }
            }

            private void work(TrenchKernel kernel, TrenchAgreement observer) {
                final int hypotheses = geometry.hypotheses();
                while (!cancelled && !Thread.currentThread().isInterrupted()) {
                    int index = next.getAndIncrement();
                    if (index >= trenches.length) {
                        return;
                    }
                    if (prefetcher != null) {
                        take(index);
                    } else {
                        fetch(trenches[index]);
                    }
                    kernel.check(chunks, sink, stats, observer);
                    progress.advance(hypotheses);
                }
            }

            /** Takes the prefetched chunks of the {@code position}-th trench of the scan. */
            private void take(int position) {
                chunks.reset(trenches[position]);
                for (int slot = 0; slot < chunks.slots(); slot++) {
                    try {
                        chunks.set(slot, prefetcher.take(position, slot, chunks.bytes(slot)));
                    } catch (IOException e) {
                        layout.chunk(trenches[position], slot, coords);
                        throw new UncheckedIOException("cannot read chunk " + geometry.chunkKeys().key(coords) + ": "
                                + e.getMessage(), e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("label scan interrupted");
                    }
                }
            }

            private void fetch(int trench) {
                chunks.reset(trench);
                for (int slot = 0; slot < chunks.slots(); slot++) {
                    layout.chunk(trench, slot, coords);
                    ChunkStatus status;
                    try {
                        status = source.fetch(coords, chunks.bytes(slot));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read chunk " + geometry.chunkKeys().key(coords) + ": "
                                + e.getMessage(), e);
                    }
                    if (status == null) {
                        throw new IllegalStateException("the chunk source returned no status for "
                                + geometry.chunkKeys().key(coords));
                    }
                    chunks.set(slot, status);
                }
            }
        }
    }
}
