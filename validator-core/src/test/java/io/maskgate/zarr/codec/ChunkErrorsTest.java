package io.maskgate.zarr.codec;

import com.github.luben.zstd.ZstdOutputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

import static io.maskgate.zarr.codec.TestArrays.pattern;
import static io.maskgate.zarr.codec.TestArrays.pipeline;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkErrorsTest {

    static final String ZSTD = "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":false}}]";
    static final String ZSTD_CHECKSUM = "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":true}}]";
    static final String GZIP = "[{\"name\":\"bytes\"},{\"name\":\"gzip\",\"configuration\":{\"level\":5}}]";
    static final String CRC = "[{\"name\":\"bytes\"},{\"name\":\"crc32c\"}]";

    /** Decodes and returns the problems (empty when it decoded). */
    static List<ChunkProblem> problems(CodecPipeline p, byte[] stored, byte[] out) {
        List<ChunkProblem> problems = new ArrayList<>();
        try (ChunkDecoder d = p.newDecoder()) {
            boolean ok = d.decode(stored, 0, stored.length, out, problems);
            assertEquals(ok, problems.isEmpty());
        }
        return problems;
    }

    static List<ChunkProblem> problems(CodecPipeline p, byte[] stored) {
        return problems(p, stored, new byte[p.rawBytes()]);
    }

    static ChunkProblemKind onlyKind(CodecPipeline p, byte[] stored) {
        List<ChunkProblem> ps = problems(p, stored);
        assertEquals(1, ps.size(), () -> "expected one problem, got " + ps);
        return ps.get(0).kind();
    }

    // ---- bounded decompression ----

    @Test
    void zstdFrameClaimingOneTerabyteIsOversizedWithoutAllocating() {
        // Frame header: Frame_Content_Size = 2^40 (8-byte field), then one RLE block of 100 bytes.
        byte[] frame = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, (byte) 0xC0, 0x00, 0, 0, 0, 0, 0, 1, 0, 0, 0x23, 0x03, 0x00, 7};
        CodecPipeline p = pipeline("uint8", new int[] {4096}, ZSTD, "0");
        List<ChunkProblem> ps = problems(p, frame);
        assertEquals(1, ps.size(), ps::toString);
        assertEquals(ChunkProblemKind.OVERSIZED, ps.get(0).kind());
        assertTrue(ps.get(0).message().contains("1099511627776"), ps.get(0).message());
    }

    @Test
    void zstdBombWithoutContentSizeStopsAtTheExpectedSize() throws IOException {
        // 256 MiB of zeros streamed (no content size in the header) compress to a few KiB.
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (OutputStream z = new ZstdOutputStream(bos, 1)) {
            for (int i = 0; i < 256; i++) {
                z.write(zeros);
            }
        }
        byte[] bomb = bos.toByteArray();
        assertTrue(bomb.length < 100_000, "bomb is " + bomb.length + " bytes");
        CodecPipeline p = pipeline("uint8", new int[] {4, 1 << 20}, ZSTD, "0");
        assertEquals(ChunkProblemKind.OVERSIZED, onlyKind(p, bomb));
    }

    @Test
    void gzipBombStopsAtTheExpectedSize() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        CodecPipeline p = pipeline("uint8", new int[] {1 << 20}, GZIP, "0");
        assertEquals(ChunkProblemKind.OVERSIZED, onlyKind(p, bos.toByteArray()));
    }

    @Test
    void oneByteTooManyIsOversizedOneTooFewIsWrongLength() {
        CodecPipeline p = pipeline("uint8", new int[] {1000}, ZSTD, "0");
        byte[] raw = pattern(1001, 9);
        for (ZstdCodec z : new ZstdCodec[] {new ZstdCodec(3, false, true), new ZstdCodec(3, false, false)}) {
            assertEquals(ChunkProblemKind.OVERSIZED, onlyKind(p, z.encode(raw, 0, 1001)));
            assertEquals(ChunkProblemKind.WRONG_LENGTH, onlyKind(p, z.encode(raw, 0, 999)));
            assertTrue(problems(p, z.encode(raw, 0, 1000)).isEmpty());
        }
        CodecPipeline g = pipeline("uint8", new int[] {1000}, GZIP, "0");
        GzipCodec gz = new GzipCodec(5);
        assertEquals(ChunkProblemKind.OVERSIZED, onlyKind(g, gz.encode(raw, 0, 1001)));
        assertEquals(ChunkProblemKind.WRONG_LENGTH, onlyKind(g, gz.encode(raw, 0, 999)));
        assertTrue(problems(g, gz.encode(raw, 0, 1000)).isEmpty());
        CodecPipeline plain = pipeline("uint8", new int[] {1000}, "[{\"name\":\"bytes\"}]", "0");
        assertEquals(ChunkProblemKind.WRONG_LENGTH, onlyKind(plain, new byte[999]));
        assertEquals(ChunkProblemKind.WRONG_LENGTH, onlyKind(plain, new byte[1001]));
    }

    // ---- truncated, corrupt, checksum ----

    @Test
    void truncatedChunks() {
        byte[] raw = pattern(50_000, 10);
        CodecPipeline z = pipeline("uint8", new int[] {50_000}, ZSTD, "0");
        byte[] frame = z.encode(raw);
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(z, Arrays.copyOf(frame, frame.length / 2)));
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(z, Arrays.copyOf(frame, frame.length - 1)));
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(z, new byte[0]));
        CodecPipeline g = pipeline("uint8", new int[] {50_000}, GZIP, "0");
        byte[] gz = g.encode(raw);
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(g, Arrays.copyOf(gz, gz.length / 2)));
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(g, Arrays.copyOf(gz, gz.length - 3)));
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(g, Arrays.copyOf(gz, 5)));
        CodecPipeline c = pipeline("uint8", new int[] {10}, CRC, "0");
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(c, new byte[3]));
    }

    @Test
    void corruptZstdBlockNamesLibzstdsReason() {
        byte[] raw = pattern(50_000, 11);
        CodecPipeline z = pipeline("uint8", new int[] {50_000}, ZSTD, "0");
        byte[] frame = z.encode(raw);
        for (int i = 20; i < 60 && i < frame.length; i++) {
            frame[i] ^= 0x5a;
        }
        List<ChunkProblem> ps = problems(z, frame);
        assertEquals(1, ps.size(), ps::toString);
        String message = ps.get(0).message();
        assertTrue(!message.contains("No error detected") && message.startsWith("zstd: "), message);
    }

    @Test
    void corruptChunks() {
        byte[] raw = pattern(50_000, 11);
        CodecPipeline z = pipeline("uint8", new int[] {50_000}, ZSTD, "0");
        assertEquals(ChunkProblemKind.CORRUPT, onlyKind(z, pattern(2000, 12)));
        byte[] frame = z.encode(raw);
        byte[] trailing = Arrays.copyOf(frame, frame.length + 8);
        Arrays.fill(trailing, frame.length, trailing.length, (byte) 0x55);
        assertEquals(ChunkProblemKind.CORRUPT, onlyKind(z, trailing));
        CodecPipeline g = pipeline("uint8", new int[] {50_000}, GZIP, "0");
        byte[] gz = g.encode(raw);
        byte[] badMethod = gz.clone();
        badMethod[2] = 7;
        assertEquals(ChunkProblemKind.CORRUPT, onlyKind(g, badMethod));
        byte[] garbageAfter = Arrays.copyOf(gz, gz.length + 3);
        garbageAfter[gz.length] = 1;
        assertEquals(ChunkProblemKind.CORRUPT, onlyKind(g, garbageAfter));
        byte[] badDeflate = gz.clone();
        badDeflate[10] = (byte) 0xFF; // first deflate block header: reserved block type 3
        assertEquals(ChunkProblemKind.CORRUPT, onlyKind(g, badDeflate));
    }

    @Test
    void checksumMismatches() {
        byte[] raw = pattern(20_000, 13);
        CodecPipeline c = pipeline("uint8", new int[] {20_000}, CRC, "0");
        byte[] stored = c.encode(raw);
        stored[100] ^= 1;
        List<ChunkProblem> ps = problems(c, stored);
        assertEquals(ChunkProblemKind.CHECKSUM, ps.get(0).kind());
        assertTrue(ps.get(0).message().startsWith("crc32c: stored checksum 0x"), ps.get(0).message());

        CodecPipeline z = pipeline("uint8", new int[] {20_000}, ZSTD_CHECKSUM, "0");
        byte[] frame = z.encode(raw);
        frame[frame.length - 1] ^= 0x40; // the frame's content checksum
        assertEquals(ChunkProblemKind.CHECKSUM, onlyKind(z, frame));

        CodecPipeline g = pipeline("uint8", new int[] {20_000}, GZIP, "0");
        byte[] gz = g.encode(raw);
        gz[gz.length - 6] ^= 1; // stored CRC-32 in the trailer
        assertEquals(ChunkProblemKind.CHECKSUM, onlyKind(g, gz));
    }

    @Test
    void decoderRecoversAfterErrors() {
        byte[] raw = pattern(20_000, 14);
        CodecPipeline z = pipeline("uint8", new int[] {20_000}, ZSTD, "0");
        byte[] good = z.encode(raw);
        byte[] bad = Arrays.copyOf(good, good.length - 5);
        try (ChunkDecoder d = z.newDecoder()) {
            byte[] out = new byte[20_000];
            List<ChunkProblem> ps = new ArrayList<>();
            assertFalse(d.decode(bad, 0, bad.length, out, ps));
            ps.clear();
            assertTrue(d.decode(good, 0, good.length, out, ps), ps::toString);
            assertArrayEquals(raw, out);
        }
    }

    // ---- sharding ----

    static final String SHARD_END = "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[2,4],"
            + "\"codecs\":[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":1,\"checksum\":false}}],"
            + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"crc32c\"}],"
            + "\"index_location\":\"end\"}}]";
    static final String SHARD_START_RAW = "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[1,2],"
            + "\"codecs\":[{\"name\":\"bytes\"}],"
            + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"crc32c\"}],"
            + "\"index_location\":\"start\"}}]";

    /** Rewrites entry {@code i} of a [bytes(little), crc32c] index and fixes the CRC. */
    static void setEntry(byte[] shard, int indexStart, int entries, int i, long offset, long nbytes) {
        ByteBuffer b = ByteBuffer.wrap(shard).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(indexStart + 16 * i, offset);
        b.putLong(indexStart + 16 * i + 8, nbytes);
        CRC32C crc = new CRC32C();
        crc.update(shard, indexStart, 16 * entries);
        b.putInt(indexStart + 16 * entries, (int) crc.getValue());
    }

    static long entry(byte[] shard, int indexStart, int i, int which) {
        return ByteBuffer.wrap(shard).order(ByteOrder.LITTLE_ENDIAN).getLong(indexStart + 16 * i + 8 * which);
    }

    @Test
    void shardIndexChecksumMismatch() {
        CodecPipeline p = pipeline("uint8", new int[] {4, 8}, SHARD_END, "0");
        byte[] shard = p.encode(pattern(32, 15));
        shard[shard.length - 10] ^= 1;
        List<ChunkProblem> ps = problems(p, shard);
        assertEquals(1, ps.size());
        assertEquals(ChunkProblemKind.CHECKSUM, ps.get(0).kind());
        assertTrue(ps.get(0).message().startsWith("shard index: crc32c"), ps.get(0).message());
    }

    @Test
    void shardIndexOutOfBoundsHalfEmptyAndOverIndex() {
        CodecPipeline p = pipeline("uint8", new int[] {4, 8}, SHARD_END, "0");
        byte[] raw = pattern(32, 16);
        byte[] good = p.encode(raw);
        int idx = good.length - (4 * 16 + 4);

        byte[] oob = good.clone();
        setEntry(oob, idx, 4, 2, 1L << 40, 10);
        List<ChunkProblem> ps = problems(p, oob);
        assertEquals(List.of(ChunkProblemKind.SHARD_INDEX), ps.stream().map(ChunkProblem::kind).toList());
        assertTrue(ps.get(0).message().contains("inner chunk [1, 0]"), ps.get(0).message());

        byte[] huge = good.clone();
        setEntry(huge, idx, 4, 0, 0, -5L);
        assertEquals(List.of(ChunkProblemKind.SHARD_INDEX), problems(p, huge).stream().map(ChunkProblem::kind).toList());

        byte[] half = good.clone();
        setEntry(half, idx, 4, 1, -1L, 3);
        assertEquals(List.of(ChunkProblemKind.SHARD_INDEX), problems(p, half).stream().map(ChunkProblem::kind).toList());

        byte[] overIndex = good.clone();
        setEntry(overIndex, idx, 4, 3, idx - 2, 6);
        assertEquals(List.of(ChunkProblemKind.SHARD_INDEX), problems(p, overIndex).stream().map(ChunkProblem::kind).toList());
    }

    @Test
    void overlappingInnerChunksAreReportedButIdenticalRangesAllowed() {
        // Inner chunks [1, 2] of uint8, stored raw: each entry is 2 bytes.
        CodecPipeline p = pipeline("uint8", new int[] {1, 4}, SHARD_START_RAW, "0");
        byte[] raw = {1, 2, 3, 4};
        byte[] good = p.encode(raw);
        int dataStart = 2 * 16 + 4;
        assertEquals(dataStart, entry(good, 0, 0, 0));

        byte[] overlap = good.clone();
        setEntry(overlap, 0, 2, 1, dataStart + 1, 2);
        List<ChunkProblem> ps = problems(p, overlap);
        assertEquals(List.of(ChunkProblemKind.SHARD_INDEX), ps.stream().map(ChunkProblem::kind).toList());
        assertTrue(ps.get(0).message().contains("overlap"), ps.get(0).message());

        byte[] same = good.clone();
        setEntry(same, 0, 2, 1, dataStart, 2);
        byte[] out = new byte[4];
        assertTrue(problems(p, same, out).isEmpty());
        assertArrayEquals(new byte[] {1, 2, 1, 2}, out);
    }

    @Test
    void shardShorterThanItsIndexIsTruncated() {
        CodecPipeline p = pipeline("uint8", new int[] {4, 8}, SHARD_END, "0");
        assertEquals(ChunkProblemKind.TRUNCATED, onlyKind(p, new byte[20]));
    }

    @Test
    void corruptInnerChunkIsReportedAndTheOthersDecode() {
        CodecPipeline p = pipeline("uint8", new int[] {4, 8}, SHARD_END, "9");
        byte[] raw = pattern(32, 17);
        byte[] shard = p.encode(raw);
        int idx = shard.length - (4 * 16 + 4);
        long off1 = entry(shard, idx, 1, 0);
        shard[(int) off1] = 0; // break inner chunk [0, 1]'s zstd magic
        byte[] out = new byte[32];
        List<ChunkProblem> ps = problems(p, shard, out);
        assertEquals(1, ps.size(), ps::toString);
        assertEquals(ChunkProblemKind.CORRUPT, ps.get(0).kind());
        assertTrue(ps.get(0).message().startsWith("inner chunk [0, 1]: zstd"), ps.get(0).message());
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 8; c++) {
                boolean broken = r < 2 && c >= 4;
                assertEquals(broken ? 9 : raw[r * 8 + c], out[r * 8 + c], "element " + r + "," + c);
            }
        }
    }

    @Test
    void emptyShardIndexReadsAsFill() {
        CodecPipeline p = pipeline("uint8", new int[] {4, 8}, SHARD_END, "3");
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) 3);
        byte[] shard = p.encode(raw);
        assertEquals(4 * 16 + 4, shard.length, "only the index is stored");
        byte[] out = new byte[32];
        assertTrue(problems(p, shard, out).isEmpty());
        assertArrayEquals(raw, out);
    }
}
