package io.maskgate.zarr.codec;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.maskgate.zarr.codec.TestArrays.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BloscTest {

    @TempDir
    Path tmp;

    static String codecs(String cname, String shuffle) {
        return "[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"blosc\",\"configuration\":"
                + "{\"cname\":\"" + cname + "\",\"clevel\":5,\"shuffle\":\"" + shuffle + "\",\"typesize\":2,\"blocksize\":0}}]";
    }

    /** The blosc pipeline, skipping the test on a machine where blosc-java's natives do not load. */
    static CodecPipeline bloscPipeline(String cname, String shuffle, int n) {
        ZarrArrayMetadata m = TestArrays.meta("uint16", new long[] {n}, new int[] {n}, codecs(cname, shuffle), "0");
        try {
            return CodecPipeline.of(m);
        } catch (CodecConfigException e) {
            assumeTrue(false, "blosc natives unavailable here: " + e.getMessage());
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"lz4,shuffle", "lz4hc,noshuffle", "blosclz,bitshuffle", "zlib,shuffle", "zstd,shuffle"})
    void roundTrips(String cname, String shuffle) {
        CodecPipeline p = bloscPipeline(cname, shuffle, 30_000);
        byte[] raw = pattern(p.rawBytes(), 21);
        CodecRoundTripTest.roundTrip(p, raw);
    }

    @Test
    void headerChecksComeBeforeTheNativeCall() {
        CodecPipeline p = bloscPipeline("lz4", "shuffle", 5000);
        byte[] good = p.encode(pattern(p.rawBytes(), 22));
        assertEquals(ChunkProblemKind.TRUNCATED, ChunkErrorsTest.onlyKind(p, java.util.Arrays.copyOf(good, 10)));
        assertEquals(ChunkProblemKind.TRUNCATED, ChunkErrorsTest.onlyKind(p, java.util.Arrays.copyOf(good, good.length - 1)));
        byte[] bigger = good.clone();
        Crc32cCodec.putIntLE(bigger, 4, 1 << 30); // nbytes: claims 1 GiB
        assertEquals(ChunkProblemKind.OVERSIZED, ChunkErrorsTest.onlyKind(p, bigger));
        byte[] smaller = good.clone();
        Crc32cCodec.putIntLE(smaller, 4, 9998);
        assertTrue(!ChunkErrorsTest.problems(p, smaller).isEmpty());
        byte[] snappy = good.clone();
        snappy[2] = (byte) ((snappy[2] & 0x1F) | (2 << 5));
        assertEquals(ChunkProblemKind.CODEC_UNAVAILABLE, ChunkErrorsTest.onlyKind(p, snappy));
        byte[] badStart = good.clone();
        if ((good[2] & 0x02) == 0) {
            Crc32cCodec.putIntLE(badStart, 16, 1 << 30);
            assertEquals(ChunkProblemKind.CORRUPT, ChunkErrorsTest.onlyKind(p, badStart));
        }
    }

    @Test
    void damagedBuffersNeverCrashTheJvm() {
        CodecPipeline p = bloscPipeline("lz4", "shuffle", 20_000);
        byte[] good = p.encode(pattern(p.rawBytes(), 23));
        Random r = new Random(24);
        byte[] out = new byte[p.rawBytes()];
        int failed = 0;
        try (ChunkDecoder d = p.newDecoder()) {
            for (int i = 0; i < 3000; i++) {
                byte[] bad = good.clone();
                int flips = 1 + r.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
                }
                List<ChunkProblem> ps = new ArrayList<>();
                if (!d.decode(bad, 0, bad.length, out, ps)) {
                    failed++;
                }
            }
        }
        assertTrue(failed > 0);
    }

    @Test
    void unavailableBloscIsOneFindingPerArrayAndChunksAreSkipped() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint16", new long[] {10, 10}, new int[] {1, 10}, codecs("lz4", "shuffle"), "0");
        Files.createDirectories(tmp.resolve("c"));
        for (int i = 0; i < 10; i++) {
            Files.createDirectories(tmp.resolve("c/" + i));
            Files.write(tmp.resolve("c/" + i + "/0"), new byte[] {1, 2, 3});
        }
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "data", null, CodecEnvironment.withoutBlosc("simulated: no natives for this platform"));
        Finding f = reader.arrayFinding().orElseThrow();
        assertEquals("ZARR_CODEC_UNAVAILABLE", f.code());
        assertEquals("data/zarr.json", f.file());
        assertEquals(Location.pointer("/codecs/1"), f.location());
        assertTrue(f.message().startsWith("blosc codec unavailable: simulated"), f.message());
        long[] c = new long[2];
        List<Finding> perChunk = new ArrayList<>();
        try (ArrayChunkReader.Worker w = reader.newWorker()) {
            do {
                ChunkReadResult r = w.read(c, new byte[20]);
                assertEquals(ChunkReadResult.Status.SKIPPED, r.status());
                perChunk.addAll(r.findings());
            } while (reader.next(c));
        }
        assertEquals(List.of(), perChunk);
    }

    @Test
    void snappyIsUnavailableForTheWholeArrayOnEveryMachine() {
        for (CodecEnvironment env : List.of(CodecEnvironment.DEFAULT, CodecEnvironment.withoutBlosc("simulated"))) {
            ZarrArrayMetadata m = TestArrays.meta("uint16", new long[] {4}, new int[] {4}, codecs("snappy", "shuffle"), "0");
            Finding f = ArrayChunkReader.open(new LocalStorage(tmp), m, "data", null, env).arrayFinding().orElseThrow();
            assertEquals("ZARR_CODEC_UNAVAILABLE", f.code());
            assertEquals("data/zarr.json", f.file());
        }
    }

    @Test
    void aFakeBackendShowsTheCodecOnlyTrustsCheckedHeaders() throws Exception {
        // Without natives: a backend that must never be reached for a bad header.
        BloscBackend refusing = new BloscBackend() {
            @Override
            public boolean supports(int code) {
                return code != SNAPPY;
            }

            @Override
            public byte[] decompress(byte[] src) {
                throw new AssertionError("native decompress reached with a bad header");
            }

            @Override
            public byte[] compress(byte[] src, int typesize, String cname, int clevel, int shuffle, int blocksize) {
                throw new AssertionError("this test only decodes");
            }
        };
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {100}, new int[] {100}, codecs("lz4", "noshuffle"), "0");
        CodecPipeline p = CodecPipeline.of(m, CodecEnvironment.withBlosc(refusing));
        byte[] header = new byte[16];
        header[0] = 2;
        header[1] = 1;
        header[2] = (byte) (1 << 5);
        header[3] = 1;
        Crc32cCodec.putIntLE(header, 4, Integer.MAX_VALUE);
        Crc32cCodec.putIntLE(header, 8, 100);
        Crc32cCodec.putIntLE(header, 12, 16);
        assertEquals(ChunkProblemKind.OVERSIZED, ChunkErrorsTest.onlyKind(p, header));
        header[0] = 9;
        assertEquals(ChunkProblemKind.CORRUPT, ChunkErrorsTest.onlyKind(p, header));
    }
}
