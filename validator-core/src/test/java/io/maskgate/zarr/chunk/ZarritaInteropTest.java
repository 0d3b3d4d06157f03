package io.maskgate.zarr.chunk;

import io.maskgate.rules.Finding;
import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.codec.TestArrays;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads stores written by zarrita 0.7.5 (see src/test/resources/interop/zarrita/make-stores.mjs)
 * and checks every element against the function the script wrote.
 */
class ZarritaInteropTest {

    static Path store(String name) {
        try {
            return Path.of(ZarritaInteropTest.class.getResource("/interop/zarrita/" + name + "/zarr.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int f2(long i, long j) {
        return (int) ((i * 7 + j * 3) % 251);
    }

    /** Reads the whole array (C order, elements as unsigned ints) and counts absent chunks. */
    record Whole(int[] values, long[] shape, int absent, List<Finding> findings) {
        int at(long... idx) {
            long flat = 0;
            for (int d = 0; d < shape.length; d++) {
                flat = flat * shape[d] + idx[d];
            }
            return values[(int) flat];
        }
    }

    static Whole readAll(String name) {
        Path dir = store(name);
        ZarrArrayMetadata m = TestArrays.read(dir.resolve("zarr.json"));
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(dir), m, name, ChunkLocator.NONE);
        assertTrue(reader.arrayFinding().isEmpty(), () -> reader.arrayFinding().toString());
        long[] shape = m.shape();
        long total = 1;
        for (long s : shape) {
            total *= s;
        }
        int[] values = new int[(int) total];
        int item = m.dataType().byteSize();
        int[] cs = m.chunkShape();
        byte[] buf = new byte[reader.chunkBytes()];
        long[] c = new long[reader.rank()];
        int[] ext = new int[reader.rank()];
        int absent = 0;
        List<Finding> findings = new ArrayList<>();
        try (ArrayChunkReader.Worker w = reader.newWorker()) {
            do {
                ChunkReadResult r = w.read(c, buf);
                findings.addAll(r.findings());
                if (r.status() == ChunkReadResult.Status.ABSENT) {
                    absent++;
                }
                reader.extent(c, ext);
                // Copy the cropped chunk into the whole array.
                int rank = shape.length;
                int[] in = new int[rank];
                long n = 1;
                for (int e : ext) {
                    n *= e;
                }
                for (long k = 0; k < n; k++) {
                    long rem = k;
                    for (int d = rank - 1; d >= 0; d--) {
                        in[d] = (int) (rem % ext[d]);
                        rem /= ext[d];
                    }
                    long src = 0;
                    long dst = 0;
                    for (int d = 0; d < rank; d++) {
                        src = src * cs[d] + in[d];
                        dst = dst * shape[d] + (c[d] * cs[d] + in[d]);
                    }
                    int v = 0;
                    for (int b = item - 1; b >= 0; b--) {
                        v = v << 8 | (buf[(int) src * item + b] & 0xFF);
                    }
                    values[(int) dst] = v;
                }
            } while (reader.next(c));
        }
        return new Whole(values, shape, absent, findings);
    }

    static void check(Whole w, ToIntFunction<long[]> expected) {
        assertEquals(List.of(), w.findings());
        long[] shape = w.shape();
        long[] idx = new long[shape.length];
        for (int flat = 0; flat < w.values().length; flat++) {
            long rem = flat;
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d] = rem % shape[d];
                rem /= shape[d];
            }
            int want = expected.applyAsInt(idx);
            assertEquals(want, w.values()[flat], "element " + java.util.Arrays.toString(idx));
        }
    }

    @Test
    void zstdUint8WithEdgeChunks() {
        Whole w = readAll("zstd_uint8");
        check(w, i -> f2(i[0], i[1]));
        assertEquals(0, w.absent());
    }

    @Test
    void gzipWithDotKeysAndAnAbsentChunk() {
        Whole w = readAll("gzip_uint8_missing_chunk");
        check(w, i -> i[0] >= 4 && i[0] < 8 && i[1] >= 4 && i[1] < 8 ? 42 : f2(i[0], i[1]));
        assertEquals(1, w.absent());
    }

    @Test
    void transposedBigEndianUint16() {
        Whole w = readAll("transpose_uint16_be");
        check(w, i -> (int) ((i[0] * 7919 + i[1] * 331 + i[2] * 17) % 65536));
    }

    @Test
    void bloscLz4Uint16() {
        Whole w = readAll("blosc_lz4_uint16");
        check(w, i -> (int) (((i[0] / 4) * 4099 + (i[1] / 5) * 257 + 1) % 65536));
    }

    @Test
    void shardedWithCrc32cIndexEmptyInnerChunkAndAbsentShard() {
        Whole w = readAll("sharded_crc32c");
        check(w, i -> {
            long s0 = i[0] / 4;
            long s1 = i[1] / 6;
            boolean absentShard = s0 == 1 && s1 == 1;
            boolean emptyInner = s0 == 0 && s1 == 0 && (i[0] % 4) / 2 == 0 && (i[1] % 6) / 3 == 1;
            return absentShard || emptyInner ? 7 : f2(i[0], i[1]);
        });
        assertEquals(1, w.absent());
    }

    @Test
    void theStoresHaveNoStrayFiles() throws Exception {
        for (String name : List.of("zstd_uint8", "gzip_uint8_missing_chunk", "transpose_uint16_be", "blosc_lz4_uint16", "sharded_crc32c")) {
            Path dir = store(name);
            ZarrArrayMetadata m = TestArrays.read(dir.resolve("zarr.json"));
            List<Finding> found = new ArrayList<>();
            long n = new StrayFileScanner(m.chunkKeyEncoding(), m.chunkGridShape()).scan(new LocalStorage(dir), name, found::add);
            assertEquals(0, n, () -> found.toString());
        }
    }
}
