package io.maskgate.store.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.maskgate.findings.FindingList;
import io.maskgate.findings.SpillSettings;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.report.writer.ReportWriters;
import io.maskgate.rules.RulePolicy;
import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.validation.FindingCollector;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store where every frame of every chunk has 200 findings: the scan lists all 1,000,000 of them and the JSON
 * report holds every one, within the 512 MB heap the build gives tests. The findings go to disk on the way.
 */
@Timeout(600) // a hang guard, not a performance assertion
class ManyFindingsScanTest {

    private static final int H = 164;
    private static final int W = 34;
    private static final int T = 100;
    private static final int HYPOTHESES = 2;
    private static final int TRENCHES = 25;
    private static final int OBJECTS = 200;
    private static final long EXPECTED = (long) HYPOTHESES * TRENCHES * T * OBJECTS;

    @TempDir
    Path temp;

    /** Every frame: labels 1..200 as single pixels on a grid (every other row and column): 200 small objects. */
    private static byte[] movie() {
        byte[] frame = new byte[H * W];
        int label = 1;
        for (int y = 0; y < H && label <= OBJECTS; y += 2) {
            for (int x = 0; x < W && label <= OBJECTS; x += 2) {
                frame[y * W + x] = (byte) label++;
            }
        }
        byte[] movie = new byte[T * H * W];
        for (int t = 0; t < T; t++) {
            System.arraycopy(frame, 0, movie, t * frame.length, frame.length);
        }
        return movie;
    }

    @Test
    void everyFindingOfASystematicallyBadStoreIsInTheJsonReport() throws Exception {
        byte[] movie = movie();
        ChunkSource source = (chunk, into) -> {
            into.wrap(movie);
            return ChunkStatus.PRESENT;
        };
        StoreGeometry geometry = new StoreGeometry(HYPOTHESES, new int[] {50, 300}, TRENCHES, T, H, W, 0, "data",
                StoreGeometry.defaultKeys("data"));
        resetPeaks();
        long start = System.nanoTime();
        Report report;
        ScanResult result;
        try (FindingCollector collector = new FindingCollector(RulePolicy.DEFAULT,
                SpillSettings.defaults().withTempParent(temp))) {
            result = new PixelScanner(ScanConfig.defaults().withThreads(2)).scan(source, geometry,
                    MemorySource.pipeline(geometry), collector, ProgressListener.NONE);
            FindingList findings = collector.finish();
            report = new Report(Report.REPORT_VERSION, new Report.Tool("maskgate", "test"),
                    new Report.Target("many.zarr", "zarr-mask-store", ""), Map.of(), collector.summary(), findings,
                    result.checked(), result.statistics());
        }
        long scanned = System.nanoTime();
        try (report) {
            assertEquals(EXPECTED, result.labelFindings());
            assertEquals(EXPECTED, report.summary().total());
            assertEquals(Map.of("LABEL_SMALL_OBJECT", EXPECTED), report.summary().byCode());
            assertEquals(EXPECTED, report.findings().size());
            assertTrue(((FindingList) report.findings()).spilled(), "a million findings do not stay in memory");

            long listed = jsonFindings(report);
            long written = System.nanoTime();
            assertEquals(EXPECTED, listed, "every finding is in the JSON report, in order");
            System.out.printf("ManyFindingsScanTest: %,d findings; scan+collect+merge %.1f s, JSON write+parse %.1f s; "
                            + "peak heap %d MB of %d MB%n", EXPECTED, (scanned - start) / 1e9, (written - scanned) / 1e9,
                    peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "temporary files removed when the report is closed");
        }
    }

    /**
     * Streams the JSON report through a pipe into a parser (a file would take about half a gigabyte): counts the
     * findings array and checks that chunk files, times and labels come in report order.
     */
    private static long jsonFindings(Report report) throws Exception {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (out) {
                ReportWriters.forFormat(ReportFormat.JSON, ReportStyle.defaults()).write(report, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long count;
        try (InputStream stream = in) {
            count = countInOrder(stream);
        }
        writer.get();
        return count;
    }

    private static long countInOrder(InputStream stream) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(stream)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("findings")
                        && p.getParsingContext().getParent().inRoot()) {
                    break;
                }
            }
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            long count = 0;
            String previous = "";
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String file = null;
                long time = -1;
                long label = -1;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "file" -> file = p.getText();
                        case "location" -> {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String key = p.currentName();
                                p.nextToken();
                                if (key.equals("time")) {
                                    time = p.getLongValue();
                                } else if (key.equals("label")) {
                                    label = p.getLongValue();
                                }
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                String key = String.format("%s|%08d|%08d", file, time, label);
                // report order: numbers in file paths compare as numbers (trench 9 before trench 10)
                assertTrue(io.maskgate.rules.NaturalOrder.compareText(key, previous) > 0, key + " after " + previous);
                previous = key;
                count++;
            }
            while (p.nextToken() != null) {
                p.skipChildren(); // read the rest, so the writer can finish
            }
            return count;
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
