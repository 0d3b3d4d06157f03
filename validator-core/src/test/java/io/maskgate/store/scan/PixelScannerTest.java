package io.maskgate.store.scan;

import io.maskgate.labels.TestFrames;
import io.maskgate.report.StatTable;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.RulePolicy;
import io.maskgate.rules.Severity;
import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.validation.FindingCollector;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120) // a hang guard, not a performance assertion
class PixelScannerTest {

    private static final int H = 164;
    private static final int W = 34;
    private static final int T = 6;
    private static final int F = H * W;

    /** Sink that keeps findings in arrival order. */
    private static final class ListSink implements io.maskgate.rules.FindingSink {
        final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void accept(Finding f) {
            findings.add(f);
        }

        List<String> codes() {
            return findings.stream().map(Finding::code).toList();
        }
    }

    private record Outcome(List<Finding> findings, ScanResult result) {
    }

    /** Scans into the engine's collector, which sorts: workers hand findings over in whatever order they find them. */
    private static Outcome scan(MemorySource source, ScanConfig config) {
        try (FindingCollector sink = new FindingCollector(RulePolicy.DEFAULT)) {
            ScanResult result = new PixelScanner(config).scan(source, source.geometry(), source.pipeline(), sink,
                    ProgressListener.NONE);
            return new Outcome(List.copyOf(sink.finish()), result);
        }
    }

    private static ScanConfig config(int threads) {
        return ScanConfig.defaults().withThreads(threads);
    }

    /** A store with one defect of each content code in known places, absent chunks and a failing chunk. */
    private static MemorySource defective() {
        MemorySource s = new MemorySource(3, 12, T, H, W).fillClean(11);
        // Absent chunks: hypothesis 0 of trench 4, and all hypotheses of trench 7.
        s.movies.remove(MemorySource.key(0, 4));
        for (int h = 0; h < 3; h++) {
            s.movies.remove(MemorySource.key(h, 7));
        }
        byte[] m = s.movie(1, 2);
        TestFrames.rect(m, 3 * F, W, 160, 162, 0, 2, 1);            // split label 1 at (1, 2, t3)
        m = s.movie(2, 5);
        TestFrames.rect(m, F, W, 160, 162, 30, 33, 99);              // small object + gap at (2, 5, t1)
        m = s.movie(0, 9);
        Arrays.fill(m, 2 * F, 3 * F, (byte) 0);                      // dropout at (0, 9, t2)
        s.statuses.put(MemorySource.key(2, 10), ChunkStatus.failed(new Finding("ZARR_CHUNK_DECODE", Severity.ERROR,
                Category.ZARR_CHUNKS, "data/c/2/10/0/0/0", Location.mask(2, 550, 10, null, null), "bad zstd frame", "")));
        return s;
    }

    @Test
    void findsEachDefectWhereItIs() {
        Outcome o = scan(defective(), config(2));
        List<String> codes = o.findings().stream().map(f -> f.code() + " " + f.file() + " " + f.location().describe()).toList();
        assertEquals(List.of(
                "LABEL_HYPOTHESIS_DROPOUT data/c/0/9/0/0/0 hypothesis 0 (epoch 50), trench 9, time 2",
                "LABEL_SPLIT data/c/1/2/0/0/0 hypothesis 1 (epoch 300), trench 2, time 3, label 1",
                "LABEL_GAP data/c/2/5/0/0/0 hypothesis 2 (epoch 550), trench 5, time 1",
                "LABEL_SMALL_OBJECT data/c/2/5/0/0/0 hypothesis 2 (epoch 550), trench 5, time 1, label 99",
                "ZARR_CHUNK_DECODE data/c/2/10/0/0/0 hypothesis 2 (epoch 550), trench 10"), codes); // trench 5 before 10
        ScanResult r = o.result();
        assertEquals(36, r.chunks());
        assertEquals(1, r.chunksFailed());
        assertEquals(4, r.chunksAbsent());
        assertEquals(31, r.chunksPresent());
        assertEquals((36 - 1) * T, r.frames(), "absent chunks count as background frames; failed ones are not frames");
        List<io.maskgate.report.Checked> checked = r.checked();
        assertEquals(List.of("label scan chunks", "label scan frames", "label scan frames not checked"),
                checked.stream().map(io.maskgate.report.Checked::what).toList());
        assertEquals((36 - 1) * T, checked.get(1).count());
        assertFalse(checked.get(1).detail().contains("every frame"), "not every frame was read: " + checked.get(1));
        assertTrue(checked.get(1).detail().contains("read of " + 36 * T), checked.get(1).detail());
        assertEquals(T, checked.get(2).count(), "the frames of the failed chunk");
        assertTrue(checked.get(2).detail().startsWith("in 1 chunk that could not be read or decoded"), checked.get(2).detail());
        assertEquals(4, r.labelFindings(), "label findings; the source's chunk error is not one");
        assertEquals(null, r.skipped());
    }

    @Test
    void outputDoesNotDependOnThreads() {
        Outcome one = scan(defective(), config(1));
        for (int threads : new int[] {2, 3, 4, 7}) {
            Outcome many = scan(defective(), config(threads));
            assertEquals(one.findings(), many.findings(), threads + " threads: same findings in the same order");
            assertEquals(one.result().statistics(), many.result().statistics(), threads + " threads: same statistics");
            assertEquals(one.result().checked(), many.result().checked());
        }
    }

    @Test
    void everyFindingIsListedWhateverTheThreads() {
        MemorySource s = new MemorySource(2, 9, T, H, W).fillClean(3);
        // Every frame of every chunk gets 3 tiny objects labelled after the rods: small objects (and no gap).
        for (byte[] movie : s.movies.values()) {
            for (int f = 0; f < T; f++) {
                int max = 0;
                for (int p = f * F; p < (f + 1) * F; p++) {
                    max = Math.max(max, movie[p] & 0xFF);
                }
                for (int k = 0; k < 3; k++) {
                    TestFrames.pixel(movie, f * F, W, 155 + 3 * k, 0, max + 1 + k);
                }
            }
        }
        Outcome one = scan(s, config(1));
        assertEquals(one.findings(), scan(s, config(4)).findings());
        assertEquals(18 * 18, one.findings().size(), "18 chunks x 6 frames x 3 small objects, none only counted");
        assertTrue(one.findings().stream().allMatch(f -> f.code().equals("LABEL_SMALL_OBJECT")));
        assertEquals(18 * 18, one.result().labelFindings());
        assertEquals(List.of("label scan chunks", "label scan frames"),
                one.result().checked().stream().map(io.maskgate.report.Checked::what).toList());
        StatTable table = one.result().statistics().get(0);
        int col = table.columns().indexOf("LABEL_SMALL_OBJECT");
        assertEquals(9L * 18, table.rows().get(0).get(col), "statistics count every finding");
    }

    @Test
    void policyIgnoredCodesBuildNoFindings() throws IOException {
        MemorySource s = new MemorySource(1, 4, T, H, W).fillClean(5);
        for (byte[] movie : s.movies.values()) {
            TestFrames.rect(movie, 0, W, 160, 162, 0, 2, 200);  // small + gap in frame 0 of each chunk
        }
        Path config = Files.createTempFile("maskgate", ".json");
        try {
            Files.writeString(config, "{\"overrides\": [{\"code\": \"LABEL_SMALL_OBJECT\", \"ignore\": true}]}");
            RulePolicy policy = RulePolicy.load(config);
            Outcome o = scan(s, config(2).withPolicy(policy));
            assertEquals(List.of("LABEL_GAP", "LABEL_GAP", "LABEL_GAP", "LABEL_GAP"),
                    o.findings().stream().map(Finding::code).toList());
            assertEquals(4, o.result().labelFindings(), "ignored findings are not built");
            StatTable table = o.result().statistics().get(0);
            assertEquals(4L, table.rows().get(0).get(table.columns().indexOf("LABEL_SMALL_OBJECT")),
                    "but they are counted in the statistics");
        } finally {
            Files.delete(config);
        }
    }

    @Test
    void sampleCoversEvenlySpacedTrenchesOfEveryHypothesis() {
        assertEquals(List.of(1, 5, 8), Arrays.stream(PixelScanner.sampleTrenches(10, 3)).boxed().toList());
        assertEquals(10, PixelScanner.sampleTrenches(10, 0).length);
        assertEquals(10, PixelScanner.sampleTrenches(10, 25).length);
        int[] big = PixelScanner.sampleTrenches(2795, 8);
        assertEquals(List.of(174, 524, 873, 1222, 1572, 1921, 2270, 2620), Arrays.stream(big).boxed().toList());

        MemorySource s = defective();
        Outcome o = scan(s, config(3).withSampleTrenches(3));
        // 12 trenches, 3 per hypothesis: the middles of 0-3, 4-7 and 8-11.
        assertEquals(List.of(2, 6, 10), Arrays.stream(PixelScanner.sampleTrenches(12, 3)).boxed().toList());
        assertEquals(List.of("0/10", "0/2", "0/6", "1/10", "1/2", "1/6", "2/10", "2/2", "2/6"), s.reads.stream().sorted().toList());
        assertEquals(9, o.result().chunks());
        assertEquals(List.of("LABEL_SPLIT", "ZARR_CHUNK_DECODE"), o.findings().stream().map(Finding::code).toList());
        assertTrue(o.result().checked().get(0).detail().startsWith("sample: 3 of 12 trenches per hypothesis"),
                o.result().checked().get(0).detail());
    }

    @Test
    void statisticsCountChunksFramesObjectsAndAreas() {
        MemorySource s = new MemorySource(2, 3, 4, H, W);
        // Hypothesis 0: every chunk present, every frame has two objects of 20 and 40 px.
        for (int t = 0; t < 3; t++) {
            byte[] m = s.movie(0, t);
            for (int f = 0; f < 4; f++) {
                TestFrames.rect(m, f * F, W, 0, 4, 0, 5, 1);
                TestFrames.rect(m, f * F, W, 10, 18, 0, 5, 2);
            }
        }
        // Hypothesis 1: trench 0 has one 1000 px object in frame 0 only, the rest absent.
        TestFrames.rect(s.movie(1, 0), 0, W, 0, 100, 0, 10, 1);
        ScanResult r = scan(s, config(2)).result();
        StatTable summary = r.statistics().get(0);
        assertEquals("labelScan", summary.name());
        assertEquals(List.of(0, 50, 3L, 0L, 0L, 12L, 0L, 24L, 2, 2.0, 2, 20, 20, 30.0, 40, 2, 0L, 0L, 0L, 0L, 0L),
                summary.rows().get(0));
        assertEquals(List.of(1, 300, 1L, 2L, 0L, 12L, 11L, 1L, 0, 0.083, 1, 1000, 1000, 1000.0, 1000, 1, 0L, 0L, 0L, 0L, 0L),
                summary.rows().get(1));
        StatTable perFrame = r.statistics().get(1);
        assertEquals(List.of(List.of(0, 50, 2, 12L), List.of(1, 300, 0, 11L), List.of(1, 300, 1, 1L)), perFrame.rows());
        StatTable area = r.statistics().get(2);
        assertEquals(List.of(List.of(0, 50, 15, 24, 12L), List.of(0, 50, 25, 49, 12L), List.of(1, 300, 800, 1023, 1L)),
                area.rows());
        assertEquals("label scan chunks", r.checked().get(0).what());
        assertEquals(6, r.checked().get(0).count());
        assertEquals(24, r.checked().get(1).count());
    }

    @Test
    void nonZeroFillValueIsScannedAsAFullFrameLabel() {
        MemorySource s = new MemorySource(1, 2, 3, 8, 8);
        StoreGeometry g = new StoreGeometry(1, null, 2, 3, 8, 8, 3, "data", StoreGeometry.defaultKeys("data"));
        ListSink sink = new ListSink();
        new PixelScanner(config(1)).scan(s, g, MemorySource.pipeline(g), sink, ProgressListener.NONE);
        assertEquals(List.of("LABEL_GAP", "LABEL_GAP", "LABEL_GAP", "LABEL_GAP", "LABEL_GAP", "LABEL_GAP"), sink.codes());
        assertEquals(Location.mask(0, null, 0, 0, null), sink.findings.get(0).location());
    }

    @Test
    void tooLargeForTheMemoryBudgetIsSkippedNotACrash() {
        MemorySource s = new MemorySource(2, 3, T, H, W).fillClean(1);
        Outcome o = scan(s, config(2).withMemoryBudget(10_000));
        assertEquals(List.of(), o.findings());
        assertTrue(s.reads.isEmpty());
        assertTrue(o.result().skipped().startsWith("the scan needs about "), o.result().skipped());
        assertEquals(0, o.result().checked().get(0).count());
        assertTrue(o.result().checked().get(0).detail().startsWith("labels not checked: "));
        StoreGeometry huge = new StoreGeometry(1, null, 1, 400_000, 164, 34, 0, "data", StoreGeometry.defaultKeys("data"));
        ScanResult r = new PixelScanner(config(1)).scan(s, huge, s.pipeline(), new ListSink(), ProgressListener.NONE);
        assertTrue(r.skipped().contains("exceeds the scan's limit of 2 GiB per chunk"), r.skipped());
        assertEquals(0, r.workers());
    }

    @Test
    void anIoErrorOfTheSourceEndsTheScan() {
        MemorySource s = new MemorySource(2, 40, T, H, W).fillClean(2);
        s.throwing.put(MemorySource.key(1, 11), new IOException("disk on fire"));
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> scan(s, config(3)));
        assertEquals("cannot read chunk data/c/1/11/0/0/0: disk on fire", e.getMessage());
        s.throwing.put(MemorySource.key(1, 11), new IllegalStateException("bug"));
        assertEquals("bug", assertThrows(IllegalStateException.class, () -> scan(s, config(2))).getMessage());
    }

    @Test
    void progressCountsChunks() {
        MemorySource s = defective();
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        ProgressListener listener = new ProgressListener() {
            @Override
            public void begin(String task, long units) {
                total.set(units);
                calls.add("begin");
            }

            @Override
            public void advance(long delta) {
                done.addAndGet(delta);
            }

            @Override
            public void end() {
                calls.add("end");
            }
        };
        new PixelScanner(config(3)).scan(s, s.geometry(), s.pipeline(), new ListSink(), listener);
        assertEquals(36, total.get());
        assertEquals(36, done.get());
        assertEquals(List.of("begin", "end"), calls);
    }

    @Test
    void anErrorInAWorkerStopsTheScanWithoutHanging() {
        MemorySource s = new MemorySource(2, 40, T, H, W).fillClean(2);
        s.throwing.put(MemorySource.key(1, 3), new AssertionError("boom"));
        AssertionError e = assertThrows(AssertionError.class, () -> scan(s, config(3)));
        assertEquals("boom", e.getMessage());
    }

    @Test
    void interruptingTheCallerCancels() {
        MemorySource s = new MemorySource(1, 50, T, H, W).fillClean(2);
        Thread caller = Thread.currentThread();
        ChunkSource interrupting = (chunk, into) -> {
            if (chunk[1] == 5) {
                caller.interrupt();
                // Hold this chunk until the cancelled scan interrupts the worker: otherwise a fast scan
                // can finish before the caller notices its interrupt (the test was flaky).
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return s.fetch(chunk, into);
        };
        try {
            assertThrows(CancellationException.class, () -> new PixelScanner(config(2))
                    .scan(interrupting, s.geometry(), s.pipeline(), new ListSink(), ProgressListener.NONE));
        } finally {
            Thread.interrupted();
        }
    }
}
