package io.maskgate.store.kernel;

import io.maskgate.labels.TestFrames;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.maskgate.store.kernel.TestArray.H;
import static io.maskgate.store.kernel.TestArray.W;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel alone, on in-memory chunk bytes: no thread pool, engine, file or storage. */
class TrenchKernelTest {

    private static final int F = H * W;

    @TempDir
    Path dir;

    private static TrenchResult check(TestArray a, int trench) {
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            return kernel.check(a.chunks(trench));
        }
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().sorted(Finding.ORDER)
                .map(f -> f.code() + " " + f.file() + " " + f.location().describe()).toList();
    }

    @Test
    void aCleanTrenchHasNoFindingsAndCountsEveryFrameAndObject() {
        TestArray a = new TestArray(3, 1, 6, 0);
        long objects = a.fillClean(7);
        TrenchResult r = check(a, 0);
        assertEquals(List.of(), r.findings());
        TrenchStats s = r.stats();
        assertEquals(3, s.chunksPresent());
        assertEquals(0, s.chunksAbsent() + s.chunksFailed());
        assertEquals(3 * 6, s.frames());
        assertEquals(objects, s.hypothesis(0).objects() + s.hypothesis(1).objects() + s.hypothesis(2).objects());
        assertEquals(0, s.labelFindings());
    }

    @Test
    void absentChunksAreBackgroundFrames() {
        TestArray a = new TestArray(3, 2, 6, 0);
        a.fillClean(3);
        for (int h = 0; h < 3; h++) {
            a.remove(h, 1);
        }
        a.remove(2, 0);
        TrenchResult whole = check(a, 1);
        assertEquals(List.of(), whole.findings());
        assertEquals(3, whole.stats().chunksAbsent());
        assertEquals(3 * 6, whole.stats().frames());
        assertEquals(3 * 6, whole.stats().hypothesis(0).emptyFrames() + whole.stats().hypothesis(1).emptyFrames()
                + whole.stats().hypothesis(2).emptyFrames());
        TrenchResult one = check(a, 0);
        assertEquals(2, one.stats().chunksPresent());
        assertEquals(1, one.stats().chunksAbsent());
        assertEquals(6, one.stats().hypothesis(2).emptyFrames());
        assertEquals(0, one.stats().hypothesis(0).emptyFrames());
    }

    @Test
    void aFillValueOtherThanZeroIsAFullFrameLabel() {
        TestArray a = new TestArray(2, 3, 4, 3);
        TrenchResult r = check(a, 2);
        assertEquals(2 * 4, r.findings().size());
        assertTrue(r.findings().stream().allMatch(f -> f.code().equals("LABEL_GAP")), r.findings().toString());
        Finding first = r.findings().stream().min(Finding.ORDER).orElseThrow();
        assertEquals("data/c/0/2/0/0/0", first.file());
        assertEquals(Location.mask(0, 50, 2, 0, null), first.location());
        assertEquals(2, r.stats().chunksAbsent());
        assertEquals(8, r.stats().labelFindings());
    }

    @Test
    void aLabelDefectIsReportedWhereItIs() {
        TestArray a = new TestArray(3, 5, 6, 0);
        a.fillClean(11);
        TestFrames.rect(a.movie(2, 4), 3 * F, W, 160, 162, 0, 2, 1);  // a second piece of label 1 at time 3
        TrenchResult r = check(a, 4);
        assertEquals(List.of("LABEL_SPLIT data/c/2/4/0/0/0 hypothesis 2 (epoch 550), trench 4, time 3, label 1"),
                described(r.findings()));
        assertEquals(1, r.stats().labelFindings());
        assertEquals(1, r.stats().hypothesis(2).findings(0), "counted under LABEL_SPLIT, the first content rule");
    }

    @Test
    void policyIgnoredCodesAreCountedButNeverBuilt() throws IOException {
        TestArray a = new TestArray(1, 1, 6, 0);
        a.fillClean(5);
        TestFrames.rect(a.movie(0, 0), 0, W, 160, 162, 0, 2, 200);  // small object and gap in frame 0
        Path config = dir.resolve("policy.json");
        Files.writeString(config, "{\"overrides\": [{\"code\": \"LABEL_SMALL_OBJECT\", \"ignore\": true}]}");
        KernelConfig ignoring = new KernelConfig(15, io.maskgate.rules.RulePolicy.load(config));
        List<Finding> built = new ArrayList<>();
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, ignoring)) {
            TrenchStats s = kernel.check(a.chunks(0), built::add);
            assertEquals(List.of("LABEL_GAP"), built.stream().map(Finding::code).toList());
            assertEquals(1, s.labelFindings());
            int small = kernel.rules().stream().map(m -> m.code()).toList().indexOf("LABEL_SMALL_OBJECT");
            assertEquals(1, s.hypothesis(0).findings(small));
        }
    }

    /** Stored bytes of a movie gone wrong as real files go wrong, each a different chunk problem. */
    private static byte[] damaged(TestArray a, String kind, byte[] movie) {
        // The pipeline encodes only whole chunks; a writer with the wrong shape is plain zstd.
        io.maskgate.zarr.codec.ZstdCodec zstd = new io.maskgate.zarr.codec.ZstdCodec(0, false);
        return switch (kind) {
            case "corrupt" -> "this is not a zstd frame".getBytes(StandardCharsets.US_ASCII);
            case "truncated" -> {
                byte[] stored = a.pipeline.encode(movie);
                yield Arrays.copyOf(stored, stored.length / 2);
            }
            case "oversized" -> zstd.encode(Arrays.copyOf(movie, movie.length + F), 0, movie.length + F);
            case "short" -> zstd.encode(movie, 0, movie.length - F);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @CsvSource({"corrupt, ZARR_CHUNK_CORRUPT", "truncated, ZARR_CHUNK_TRUNCATED", "oversized, ZARR_CHUNK_OVERSIZED",
        "short, ZARR_CHUNK_WRONG_LENGTH"})
    void aBadChunkGivesTheReadersFindingAndTheOtherHypothesesAreStillChecked(String kind, String code)
            throws IOException {
        TestArray a = new TestArray(3, 3, 6, 0);
        a.fillClean(2);
        byte[] stored = damaged(a, kind, a.movie(1, 2));
        TrenchChunks in = a.chunks(2);
        in.present(1, stored);
        List<Finding> found = new ArrayList<>();
        TrenchStats s;
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            s = kernel.check(in, found::add);
        }

        // The same bytes in a chunk file, read by the chunk reader the validator used before the kernel.
        long[] coords = {1, 2, 0, 0, 0};
        Path file = dir.resolve("data/c/1/2/0/0/0");
        Files.createDirectories(file.getParent());
        Files.write(file, stored);
        ChunkReadResult read = ArrayChunkReader.open(new LocalStorage(dir.resolve("data")), a.metadata, "data", a.locator())
                .read(coords, new byte[a.pipeline.rawBytes()]);
        assertEquals(ChunkReadResult.Status.ERROR, read.status());
        assertEquals(read.findings(), found, "code, file, location and message as the reader gives them");
        assertEquals(1, found.size());
        assertEquals(code, found.get(0).code());
        assertEquals("data/c/1/2/0/0/0", found.get(0).file());
        assertEquals(Location.mask(1, 300, 2, null, null), found.get(0).location());
        assertEquals(1, s.chunksFailed());
        assertEquals(2, s.chunksPresent());
        assertEquals(2 * 6, s.frames(), "a failed chunk has no frames");
        assertEquals(0, s.labelFindings());
    }

    @Test
    void aFetchErrorIsReportedAsGiven() {
        TestArray a = new TestArray(2, 1, 6, 0);
        a.fillClean(1);
        Finding unreadable = io.maskgate.zarr.codec.ChunkProblemKind.CORRUPT.meta().finding("data/c/0/0/0/0/0",
                Location.mask(0, 50, 0, null, null), "cannot read the chunk file: permission denied");
        TrenchResult r;
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            r = kernel.check(a.chunks(0).failed(0, unreadable));
        }
        assertEquals(List.of(unreadable), r.findings());
        assertEquals(1, r.stats().chunksFailed());
        assertEquals(1, r.stats().chunksPresent());
    }

    @Test
    void mergingStatisticsDoesNotDependOnOrderOrGrouping() {
        TestArray a = new TestArray(3, 4, 6, 0);
        a.fillClean(9);
        a.remove(0, 1);
        TestFrames.rect(a.movie(1, 3), 2 * F, W, 160, 163, 30, 33, 99);  // a small object and a gap
        List<TrenchStats> each = new ArrayList<>();
        TrenchStats together;
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            together = kernel.newStats();
            for (int t = 0; t < 4; t++) {
                each.add(kernel.check(a.chunks(t), f -> { }));
                kernel.check(a.chunks(t), f -> { }, together);
            }
            TrenchStats forward = kernel.newStats();
            each.forEach(forward::merge);
            TrenchStats backward = kernel.newStats();
            for (int t = 3; t >= 0; t--) {
                backward.merge(each.get(t));
            }
            TrenchStats paired = kernel.newStats().merge(each.get(0)).merge(each.get(2))
                    .merge(kernel.newStats().merge(each.get(3)).merge(each.get(1)));
            assertEquals(together, forward);
            assertEquals(together, backward);
            assertEquals(together, paired);
            assertNotEquals(kernel.newStats(), together);
            assertEquals(2, together.labelFindings());
            assertEquals(1, together.chunksAbsent());
        }
    }

    @Test
    void aTrenchSplitOverSeveralChunksChecksAsOneChunkPerMovie() {
        // Time in chunks of 4 (6 frames: the second chunk half padding), y in chunks of 100, hypotheses in pairs.
        int[] split = {2, 1, 4, 100, W};
        TestArray one = new TestArray(3, 2, 6, 0);
        TestArray many = new TestArray(3, 2, 6, 0, split);
        for (TestArray a : List.of(one, many)) {
            a.fillClean(4);
            TestFrames.rect(a.movie(2, 1), 5 * F, W, 160, 162, 0, 2, 1);  // split label in the padded time chunk
            a.remove(2, 0);  // alone in its hypothesis chunk: absent in both layouts
        }
        for (int t = 0; t < 2; t++) {
            TrenchResult expected = check(one, t);
            TrenchResult actual = check(many, t);
            assertEquals(described(expected.findings()).stream().map(s -> s.replace("data/c/2/1/", "data/c/1/1/"))
                    .toList(), described(actual.findings()), "trench " + t);
            assertEquals(expected.stats(), actual.stats(), "trench " + t);
        }
        assertEquals(8, new TrenchLayout(many.geometry, split).slots(), "2 hypothesis x 2 time x 2 y chunks");
    }

    @Test
    void aBadChunkOfASplitMovieFailsOnlyThatMovie() {
        TestArray a = new TestArray(2, 1, 6, 0, new int[] {1, 1, 3, H, W});
        a.fillClean(6);
        TrenchChunks in = a.chunks(0);
        in.present(1, "not zstd".getBytes(StandardCharsets.US_ASCII));  // hypothesis 0, times 3..5
        TrenchResult r;
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            r = kernel.check(in);
        }
        assertEquals(List.of("ZARR_CHUNK_CORRUPT data/c/0/0/1/0/0 hypothesis 0 (epoch 50), trench 0"),
                described(r.findings()));
        assertEquals(1, r.stats().chunksFailed());
        assertEquals(1, r.stats().chunksPresent());
    }

    @Test
    void inputsAndResultsSurviveSerialisation() throws Exception {
        TestArray a = new TestArray(2, 2, 6, 0);
        a.fillClean(8);
        TestFrames.rect(a.movie(1, 1), F, W, 160, 162, 0, 2, 1);
        TrenchChunks in = a.chunks(1);
        TrenchChunks shipped = roundTrip(in);
        assertEquals(in, shipped);
        TrenchResult here = check(a, 1);
        TrenchResult there;
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            there = roundTrip(kernel.check(shipped));
        }
        assertEquals(here, there);
        assertEquals(1, there.findings().size());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void checkingAWarmKernelAllocatesNothingPerFrame() {
        TestArray a = new TestArray(3, 1, 120, 0);
        a.fillClean(12);
        TrenchChunks in = a.chunks(0);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            TrenchStats stats = kernel.newStats();
            for (int i = 0; i < 20; i++) {
                kernel.check(in, f -> { }, stats);  // warm: decoder contexts, JIT
            }
            long before = threads.getThreadAllocatedBytes(id);
            int rounds = 10;
            for (int i = 0; i < rounds; i++) {
                kernel.check(in, f -> { }, stats);
            }
            long perTrench = (threads.getThreadAllocatedBytes(id) - before) / rounds;
            // 360 frames per trench: a single allocation per frame would already pass this bound.
            assertTrue(perTrench < 4096, perTrench + " bytes allocated per trench of 3 x 120 frames");
        }
    }

    @Test
    void inputOfAnotherShapeIsRefused() {
        TestArray a = new TestArray(3, 2, 6, 0);
        try (TrenchKernel kernel = new TrenchKernel(a.geometry, a.pipeline, KernelConfig.defaults())) {
            assertThrows(IllegalArgumentException.class, () -> kernel.check(new TrenchChunks(2).reset(0).absent(0).absent(1)));
            assertThrows(IllegalArgumentException.class, () -> kernel.check(new TrenchChunks(3).reset(0).absent(0)));
            assertThrows(IllegalArgumentException.class, () -> kernel.check(a.chunks(0).reset(2)));
            assertThrows(IllegalArgumentException.class, () -> kernel.check(a.chunks(0), f -> { }, new TrenchStats(2, 5)));
        }
        assertArrayEquals(new long[] {1, 1, 0, 0, 0}, new TrenchLayout(a.geometry, new int[] {1, 1, 6, H, W})
                .chunk(1, 1, new long[5]));
    }
}
