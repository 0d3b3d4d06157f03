package io.maskgate.store.scan;

import io.maskgate.labels.TestFrames;
import io.maskgate.rules.Finding;
import io.maskgate.rules.RulePolicy;
import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.TrenchLayout;
import io.maskgate.validation.FindingCollector;
import io.maskgate.validation.ProgressListener;
import io.maskgate.zarr.chunk.EncodedChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan with chunks fetched ahead of the workers (remote stores) finds what the scan without finds, reads
 * each chunk once in the workers' order, stays within its window, and hands a source's exception on.
 */
@Timeout(120) // a hang guard, not a performance assertion
class ReadAheadScanTest {

    private static final int T = 6;
    private static final int H = 164;
    private static final int W = 34;

    private record Outcome(List<Finding> findings, ScanResult result) {
    }

    private static Outcome scan(ChunkSource source, MemorySource store, ScanConfig config) {
        try (FindingCollector sink = new FindingCollector(RulePolicy.DEFAULT)) {
            ScanResult result = new PixelScanner(config).scan(source, store.geometry(), store.pipeline(), sink,
                    ProgressListener.NONE);
            return new Outcome(List.copyOf(sink.finish()), result);
        }
    }

    private static MemorySource store() {
        MemorySource s = new MemorySource(3, 14, T, H, W).fillClean(5);
        s.movies.remove(MemorySource.key(1, 4));
        TestFrames.rect(s.movie(2, 6), 2 * H * W, W, 160, 162, 30, 33, 99); // a small object
        return s;
    }

    @Test
    void readAheadFindsWhatOnDemandFinds() {
        MemorySource s = store();
        Outcome onDemand = scan(s, s, ScanConfig.defaults().withThreads(2));
        for (int ahead : new int[] {1, 3, 16}) {
            Outcome prefetched = scan(s, s, ScanConfig.defaults().withThreads(2).withReadAhead(ahead));
            assertEquals(onDemand.findings(), prefetched.findings(), "read-ahead " + ahead);
            assertEquals(onDemand.result().statistics(), prefetched.result().statistics(), "read-ahead " + ahead);
            assertEquals(onDemand.result().checked(), prefetched.result().checked());
        }
        assertTrue(onDemand.findings().stream().anyMatch(f -> f.code().equals("LABEL_SMALL_OBJECT")), onDemand.findings().toString());
    }

    @Test
    void eachChunkIsFetchedOnceInTrenchOrderWithinTheWindow() throws Exception {
        MemorySource s = store();
        AtomicInteger inWindow = new AtomicInteger();
        List<String> order = new ArrayList<>();
        int window = 4;
        ChunkSource counting = (chunk, into) -> {
            synchronized (order) {
                order.add(chunk[1] + "/" + chunk[0]);
            }
            inWindow.incrementAndGet();
            return s.fetch(chunk, into);
        };
        int[] trenches = {0, 3, 5, 13};
        TrenchLayout layout = new TrenchLayout(s.geometry(), new int[] {1, 1, T, H, W});
        try (ChunkPrefetcher p = new ChunkPrefetcher(counting, layout, trenches, 1, window)) {
            Thread.sleep(200);
            assertEquals(window, inWindow.get(), "fetches stop at the window until chunks are taken");
            for (int pos = 0; pos < trenches.length; pos++) {
                for (int slot = 0; slot < 3; slot++) {
                    EncodedChunk into = new EncodedChunk();
                    ChunkStatus status = p.take(pos, slot, into);
                    byte[] movie = s.movies.get(MemorySource.key(slot, trenches[pos]));
                    if (movie == null) {
                        assertEquals(ChunkStatus.ABSENT, status);
                    } else {
                        assertEquals(ChunkStatus.PRESENT, status);
                        assertSame(movie, into.bytes(), "the fetched array is handed over, not copied");
                    }
                }
            }
        }
        assertEquals(List.of("0/0", "0/1", "0/2", "3/0", "3/1", "3/2", "5/0", "5/1", "5/2", "13/0", "13/1", "13/2"), order,
                "one fetch per chunk, trench by trench, with one fetcher");
    }

    @Test
    void aSourceExceptionEndsTheScanAsBefore() {
        MemorySource s = store();
        s.throwing.put(MemorySource.key(0, 9), new IOException("HTTP 500 from http://127.0.0.1/x"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> scan(s, s, ScanConfig.defaults().withThreads(2).withReadAhead(4)));
        assertTrue(e.getMessage().contains("data/c/0/9/0/0/0") && e.getMessage().contains("HTTP 500"), e.getMessage());
    }

    @Test
    void theWindowFitsTheBudget() {
        assertEquals(32, ChunkPrefetcher.window(16, 17, 1000, 1_000_000));
        assertEquals(17, ChunkPrefetcher.window(4, 17, 1000, 1_000_000), "at least a trench when affordable");
        assertEquals(5, ChunkPrefetcher.window(16, 17, 1000, 5_000));
        assertEquals(1, ChunkPrefetcher.window(16, 17, 1000, 10));
    }
}
