package io.maskgate.store.scan;

import io.maskgate.labels.LabelRules;
import io.maskgate.labels.LabelStats;
import io.maskgate.labels.MovieChecker;
import io.maskgate.report.Checked;
import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.RuleMeta;
import io.maskgate.validation.ProgressListener;
import io.maskgate.validation.ValidationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The streaming label scan of a mask store: every (hypothesis, trench) movie is read once and every
 * frame checked by the label rules, on a bounded pool of workers.
 *
 * <ul>
 *   <li>Order: chunks are handed out trench-major (all hypotheses of a trench together, so a
 *       cross-hypothesis check can share the pass) from one counter. Every finding goes to the sink
 *       the moment it is found, from the worker's thread: the sink must be thread-safe, and the
 *       report's order comes from sorting (the engine's collector does), never from arrival order.
 *       Statistics are sums, minima, maxima and histograms, so they do not depend on timing either.</li>
 *   <li>Memory: each worker owns one movie buffer, one {@link MovieChecker} and one statistics
 *       accumulator per hypothesis, and holds no findings: heap use is independent of the store's
 *       size and of how many findings it has (the collector spills them to disk). The worker count
 *       is lowered to fit {@link ScanConfig#memoryBudget()}.</li>
 *   <li>Isolation: a chunk the source cannot decode is reported (the source's finding) and the scan
 *       goes on; an exception (I/O error, bug) stops every worker and is rethrown — never a hang.</li>
 *   <li>Completeness: every finding is listed, none is only counted; findings of codes the user's
 *       policy ignores are counted in the statistics but never built.</li>
 *   <li>Cancellation: interrupting the calling thread stops the workers and throws
 *       {@link CancellationException}.</li>
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
     */
    public ScanResult scan(ChunkSource source, StoreGeometry geometry, ValidationContext context) {
        ScanResult result = scan(source, geometry, context, context.progress());
        for (Checked c : result.checked()) {
            context.checked(c.what(), c.count(), c.detail());
        }
        result.statistics().forEach(context::statistics);
        return result;
    }

    /** Scans the store, reporting findings to {@code sink}; what was checked and the statistics are returned. */
    public ScanResult scan(ChunkSource source, StoreGeometry geometry, FindingSink sink, ProgressListener progress) {
        int[] trenches = sampleTrenches(geometry.trenches(), config.sampleTrenches());
        int hypotheses = geometry.hypotheses();
        long chunkCount = (long) trenches.length * hypotheses;
        List<RuleMeta> rules = LabelRules.contentRules();
        String skipped = unscannable(geometry, chunkCount);
        int workers = skipped != null ? 0 : workers(geometry, chunkCount, rules.size());
        if (skipped == null && workers == 0) {
            skipped = "the scan needs about " + perWorkerBytes(geometry, rules.size())
                    + " bytes of heap per worker, more than its budget of " + config.memoryBudget() + " bytes";
        }
        if (skipped != null) {
            return new ScanResult(chunkCount, 0, 0, 0, 0, 0, 0, skipped,
                    List.of(new Checked("label scan chunks", 0, "labels not checked: " + skipped)), List.of());
        }
        Run run = new Run(source, geometry, trenches, (int) chunkCount, workers, sink, progress, rules);
        LabelStats[] merged = run.execute();

        long present = 0;
        long absent = 0;
        long failed = 0;
        long frames = 0;
        for (LabelStats s : merged) {
            present += s.chunksPresent();
            absent += s.chunksAbsent();
            failed += s.chunksFailed();
            frames += s.frames();
        }
        List<Checked> checked = List.of(checkedChunks(geometry, trenches, chunkCount),
                new Checked("label scan frames", frames, geometry.height() + "x" + geometry.width()
                        + " px each, every frame of every chunk read (absent chunks as background)"));
        return new ScanResult(chunkCount, present, absent, failed, frames, run.reported(), workers, null, checked,
                ScanStatistics.tables(merged, geometry, rules));
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
    private static String unscannable(StoreGeometry g, long chunkCount) {
        if ((long) g.height() * g.width() > io.maskgate.labels.FrameAnalyzer.MAX_FRAME_PIXELS) {
            return "frames of " + g.height() + "x" + g.width() + " px exceed the scan's limit of "
                    + io.maskgate.labels.FrameAnalyzer.MAX_FRAME_PIXELS + " px";
        }
        if (g.movieBytes() > Integer.MAX_VALUE - 64) {
            return "a chunk of " + g.movieBytes() + " bytes exceeds the scan's limit of 2 GiB per chunk";
        }
        if (chunkCount > Integer.MAX_VALUE) {
            return chunkCount + " chunks exceed the scan's limit of " + Integer.MAX_VALUE;
        }
        return null;
    }

    private long perWorkerBytes(StoreGeometry g, int rules) {
        return g.movieBytes() + MovieChecker.bytesNeeded(g.times(), g.height(), g.width())
                + g.hypotheses() * LabelStats.bytesNeeded(rules);
    }

    private int workers(StoreGeometry g, long chunkCount, int rules) {
        long byMemory = config.memoryBudget() / perWorkerBytes(g, rules);
        return (int) Math.max(0, Math.min(Math.min(config.threads(), chunkCount), byMemory));
    }

    /** One scan: shared state of the workers. */
    private final class Run {
        private final ChunkSource source;
        private final StoreGeometry geometry;
        private final int[] trenches;
        private final int chunks;
        private final int workerCount;
        private final FindingSink sink;
        private final ProgressListener progress;
        private final List<RuleMeta> rules;
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean cancelled;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private Worker[] all;

        Run(ChunkSource source, StoreGeometry geometry, int[] trenches, int chunks, int workers, FindingSink sink,
            ProgressListener progress, List<RuleMeta> rules) {
            this.source = source;
            this.geometry = geometry;
            this.trenches = trenches;
            this.chunks = chunks;
            this.workerCount = workers;
            this.sink = sink;
            this.progress = progress;
            this.rules = rules;
        }

        LabelStats[] execute() {
            all = new Worker[workerCount];
            for (int w = 0; w < workerCount; w++) {
                all[w] = new Worker();
            }
            AtomicInteger threadNumber = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(workerCount, r -> {
                Thread t = new Thread(r, "maskgate-label-scan-" + threadNumber.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            progress.begin("label scan", chunks);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Worker w : all) {
                    futures.add(pool.submit(w));
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
            LabelStats[] merged = new LabelStats[geometry.hypotheses()];
            for (int h = 0; h < merged.length; h++) {
                merged[h] = new LabelStats(rules.size());
                for (Worker w : all) {
                    merged[h].merge(w.stats[h]);
                }
            }
            return merged;
        }

        /** Label findings the workers handed to the sink; read after they are done. */
        long reported() {
            long n = 0;
            for (Worker w : all) {
                n += w.findings.reported();
            }
            return n;
        }

        /** One worker: its buffer, checker and accumulators are reused for every chunk it takes. */
        private final class Worker implements Runnable {
            private final byte[] movie = new byte[(int) geometry.movieBytes()];
            private final MovieChecker checker = new MovieChecker(geometry.times(), geometry.height(), geometry.width(),
                    LabelRules.frameRules(config.minObjectArea()), LabelRules.movieRules());
            private final LabelStats[] stats = new LabelStats[geometry.hypotheses()];
            private final ChunkFindings findings = new ChunkFindings(rules, config.policy(), sink);

            Worker() {
                for (int h = 0; h < stats.length; h++) {
                    stats[h] = new LabelStats(rules.size());
                }
            }

            @Override
            public void run() {
                try {
                    work();
                } catch (Throwable t) {
                    // An I/O error of the source, a bug, or OutOfMemoryError: stop everyone. Chunk
                    // problems the source recognises never get here: they are ChunkStatus.failed findings.
                    failure.compareAndSet(null, t);
                    cancelled = true;
                }
            }

            private void work() {
                final int hypotheses = geometry.hypotheses();
                while (!cancelled && !Thread.currentThread().isInterrupted()) {
                    int index = next.getAndIncrement();
                    if (index >= chunks) {
                        return;
                    }
                    int trench = trenches[index / hypotheses];
                    int hypothesis = index % hypotheses;
                    check(hypothesis, trench);
                    progress.advance(1);
                }
            }

            private void check(int hypothesis, int trench) {
                LabelStats s = stats[hypothesis];
                findings.start(hypothesis, geometry.epoch(hypothesis), trench, geometry.chunkKeys().key(hypothesis, trench), s);
                ChunkStatus status;
                try {
                    status = source.read(hypothesis, trench, movie);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read chunk " + findings.file() + ": " + e.getMessage(), e);
                }
                if (status == null) {
                    throw new IllegalStateException("the chunk source returned no status for " + findings.file());
                }
                switch (status.kind()) {
                    case PRESENT -> {
                        s.chunkPresent();
                        checker.check(movie, findings, s);
                    }
                    case ABSENT -> {
                        s.chunkAbsent();
                        if (geometry.fillValue() == 0) {
                            checker.checkEmpty(findings, s);
                        } else {
                            Arrays.fill(movie, (byte) geometry.fillValue());
                            checker.check(movie, findings, s);
                        }
                    }
                    case ERROR -> {
                        s.chunkFailed();
                        findings.chunkError(status.error());
                    }
                }
            }
        }
    }
}
