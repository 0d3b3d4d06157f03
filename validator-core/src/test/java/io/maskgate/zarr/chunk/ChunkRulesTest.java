package io.maskgate.zarr.chunk;

import io.maskgate.rules.Finding;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;
import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.codec.CodecConfigException;
import io.maskgate.zarr.codec.CodecEnvironment;
import io.maskgate.zarr.codec.CodecPipeline;
import io.maskgate.zarr.codec.TestArrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each chunk rule: exactly its code on one broken chunk, nothing on the clean array. */
class ChunkRulesTest {

    static final String ZSTD = "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":0,\"checksum\":false}}]";
    static final String CRC_ZSTD = "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":0,\"checksum\":false}},{\"name\":\"crc32c\"}]";
    static final String SHARDED = "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[1,8],"
            + "\"codecs\":[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":0,\"checksum\":false}}],"
            + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"crc32c\"}]}}]";

    @TempDir
    Path tmp;

    /** A 4x2 grid of [2, 16] uint8 chunks, all written with values 1..; returns its metadata. */
    ZarrArrayMetadata cleanArray(String codecs) throws IOException, CodecConfigException {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {8, 32}, new int[] {2, 16}, codecs, "0");
        CodecPipeline p = CodecPipeline.of(m);
        long[] c = new long[2];
        do {
            byte[] raw = TestArrays.pattern(p.rawBytes(), c[0] * 10 + c[1]);
            for (int i = 0; i < raw.length; i++) {
                raw[i] = (byte) (raw[i] | 1);
            }
            Path f = tmp.resolve(m.chunkKeyEncoding().key(c));
            Files.createDirectories(f.getParent());
            Files.write(f, p.encode(raw));
        } while (next(c, m.chunkGridShape()));
        Files.writeString(tmp.resolve("zarr.json"), m.document().toString());
        return m;
    }

    static boolean next(long[] c, long[] grid) {
        for (int d = c.length - 1; d >= 0; d--) {
            if (++c[d] < grid[d]) {
                return true;
            }
            c[d] = 0;
        }
        return false;
    }

    /** Every finding a full scan of the array gives (chunks, then stray files). */
    List<Finding> scan(ZarrArrayMetadata m, CodecEnvironment env) throws IOException {
        List<Finding> out = new ArrayList<>();
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "data", null, env);
        reader.arrayFinding().ifPresent(out::add);
        byte[] buf = new byte[Math.max(1, reader.chunkBytes())];
        long[] c = new long[reader.rank()];
        try (ArrayChunkReader.Worker w = reader.newWorker()) {
            do {
                out.addAll(w.read(c, buf).findings());
            } while (reader.next(c));
        }
        new StrayFileScanner(m.chunkKeyEncoding(), m.chunkGridShape()).scan(new LocalStorage(tmp), "data", out::add);
        return out;
    }

    List<Finding> scan(ZarrArrayMetadata m) throws IOException {
        return scan(m, CodecEnvironment.DEFAULT);
    }

    static List<String> codes(List<Finding> fs) {
        return fs.stream().map(Finding::code).toList();
    }

    Path chunk(String key) {
        return tmp.resolve(key);
    }

    @Test
    void cleanArraysAreSilent() throws Exception {
        assertEquals(List.of(), scan(cleanArray(ZSTD)));
    }

    @Test
    void cleanShardedAndChecksummedArraysAreSilent() throws Exception {
        assertEquals(List.of(), scan(cleanArray(SHARDED)));
        tmp = Files.createDirectories(tmp.resolve("second"));
        assertEquals(List.of(), scan(cleanArray(CRC_ZSTD)));
    }

    @Test
    void corrupt() throws Exception {
        ZarrArrayMetadata m = cleanArray(ZSTD);
        Files.write(chunk("c/1/1"), "not zstd at all".getBytes(StandardCharsets.UTF_8));
        List<Finding> f = scan(m);
        assertEquals(List.of("ZARR_CHUNK_CORRUPT"), codes(f));
        assertEquals("data/c/1/1", f.get(0).file());
    }

    @Test
    void truncated() throws Exception {
        ZarrArrayMetadata m = cleanArray(ZSTD);
        byte[] b = Files.readAllBytes(chunk("c/2/0"));
        Files.write(chunk("c/2/0"), Arrays.copyOf(b, b.length - 3));
        assertEquals(List.of("ZARR_CHUNK_TRUNCATED"), codes(scan(m)));
    }

    @Test
    void oversized() throws Exception {
        ZarrArrayMetadata m = cleanArray(ZSTD);
        ZarrArrayMetadata bigger = TestArrays.meta("uint8", new long[] {8, 32}, new int[] {2, 17}, ZSTD, "0");
        Files.write(chunk("c/0/1"), CodecPipeline.of(bigger).encode(new byte[34]));
        assertEquals(List.of("ZARR_CHUNK_OVERSIZED"), codes(scan(m)));
    }

    @Test
    void wrongLength() throws Exception {
        ZarrArrayMetadata m = cleanArray(ZSTD);
        ZarrArrayMetadata smaller = TestArrays.meta("uint8", new long[] {8, 32}, new int[] {2, 15}, ZSTD, "0");
        Files.write(chunk("c/3/1"), CodecPipeline.of(smaller).encode(new byte[30]));
        assertEquals(List.of("ZARR_CHUNK_WRONG_LENGTH"), codes(scan(m)));
    }

    @Test
    void checksum() throws Exception {
        ZarrArrayMetadata m = cleanArray(CRC_ZSTD);
        byte[] b = Files.readAllBytes(chunk("c/1/0"));
        b[b.length - 1] ^= 0x10;
        Files.write(chunk("c/1/0"), b);
        assertEquals(List.of("ZARR_CHUNK_CHECKSUM"), codes(scan(m)));
    }

    @Test
    void shardIndex() throws Exception {
        ZarrArrayMetadata m = cleanArray(SHARDED);
        byte[] b = Files.readAllBytes(chunk("c/0/0"));
        int entries = 2 * 2;
        int idx = b.length - (16 * entries + 4);
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        bb.putLong(idx + 16, b.length + 100L);
        CRC32C crc = new CRC32C();
        crc.update(b, idx, 16 * entries);
        bb.putInt(idx + 16 * entries, (int) crc.getValue());
        Files.write(chunk("c/0/0"), b);
        List<Finding> f = scan(m);
        assertEquals(List.of("ZARR_SHARD_INDEX"), codes(f));
        assertTrue(f.get(0).message().contains("inner chunk [0, 1]"), f.get(0).message());
    }

    @Test
    void strayFile() throws Exception {
        ZarrArrayMetadata m = cleanArray(ZSTD);
        Files.createDirectories(chunk("c/4"));
        Files.write(chunk("c/4/0"), new byte[] {1});
        List<Finding> f = scan(m);
        assertEquals(List.of("ZARR_CHUNK_STRAY_FILE"), codes(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("data/c/4/0", f.get(0).file());
    }

    @Test
    void codecUnavailable() throws Exception {
        String blosc = "[{\"name\":\"bytes\"},{\"name\":\"blosc\",\"configuration\":{\"cname\":\"lz4\",\"clevel\":5,\"shuffle\":\"noshuffle\",\"typesize\":1,\"blocksize\":0}}]";
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {8, 32}, new int[] {2, 16}, blosc, "0");
        Files.createDirectories(chunk("c/0"));
        Files.write(chunk("c/0/0"), new byte[] {1, 2, 3});
        List<Finding> f = scan(m, CodecEnvironment.withoutBlosc("simulated"));
        assertEquals(List.of("ZARR_CODEC_UNAVAILABLE"), codes(f));
        assertEquals("data/zarr.json", f.get(0).file());
    }

    @Test
    void theCatalogueListsEveryChunkRuleWithItsExactCode() {
        List<String> codes = io.maskgate.engine.Areas.ruleCatalog().all().stream().map(RuleMeta::code).toList();
        for (String code : List.of("ZARR_CHUNK_CORRUPT", "ZARR_CHUNK_TRUNCATED", "ZARR_CHUNK_OVERSIZED", "ZARR_CHUNK_CHECKSUM",
                "ZARR_CHUNK_WRONG_LENGTH", "ZARR_CHUNK_STRAY_FILE", "ZARR_CODEC_UNAVAILABLE", "ZARR_SHARD_INDEX")) {
            assertTrue(codes.contains(code), code);
        }
    }
}
