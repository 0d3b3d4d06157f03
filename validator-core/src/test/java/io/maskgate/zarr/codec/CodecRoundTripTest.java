package io.maskgate.zarr.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.maskgate.zarr.codec.TestArrays.pattern;
import static io.maskgate.zarr.codec.TestArrays.pipeline;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodecRoundTripTest {

    static byte[] decode(CodecPipeline p, byte[] stored) {
        List<ChunkProblem> problems = new ArrayList<>();
        byte[] out = new byte[p.rawBytes()];
        try (ChunkDecoder d = p.newDecoder()) {
            boolean ok = d.decode(stored, 0, stored.length, out, problems);
            assertTrue(ok, () -> "decode failed: " + problems);
        }
        return out;
    }

    static void roundTrip(CodecPipeline p, byte[] raw) {
        byte[] stored = p.encode(raw);
        assertArrayEquals(raw, decode(p, stored));
        // Twice through the same decoder: reused state must not leak between chunks.
        try (ChunkDecoder d = p.newDecoder()) {
            for (int i = 0; i < 3; i++) {
                byte[] out = new byte[p.rawBytes()];
                List<ChunkProblem> problems = new ArrayList<>();
                assertTrue(d.decode(stored, 0, stored.length, out, problems), problems::toString);
                assertArrayEquals(raw, out);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"name\":\"bytes\"}]",
            "[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}}]",
            "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":0,\"checksum\":false}}]",
            "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":19,\"checksum\":true}}]",
            "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":-5,\"checksum\":false}}]",
            "[{\"name\":\"bytes\"},{\"name\":\"gzip\",\"configuration\":{\"level\":0}}]",
            "[{\"name\":\"bytes\"},{\"name\":\"gzip\",\"configuration\":{\"level\":9}}]",
            "[{\"name\":\"bytes\"},{\"name\":\"crc32c\"}]",
            "[{\"name\":\"bytes\"},\"crc32c\",{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":false}}]",
            "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":false}},{\"name\":\"crc32c\"}]",
            "[{\"name\":\"bytes\"},{\"name\":\"gzip\",\"configuration\":{\"level\":1}},{\"name\":\"zstd\",\"configuration\":{\"level\":1,\"checksum\":false}},{\"name\":\"crc32c\"}]",
            "[{\"name\":\"transpose\",\"configuration\":{\"order\":[2,0,1]}},{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":1,\"checksum\":false}}]",
    })
    void uint8RoundTrips(String codecs) {
        CodecPipeline p = pipeline("uint8", new int[] {3, 17, 29}, codecs, "0");
        roundTrip(p, pattern(p.rawBytes(), 1));
        roundTrip(p, new byte[p.rawBytes()]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"little", "big"})
    void multiByteEndianness(String endian) {
        CodecPipeline p = pipeline("uint16", new int[] {4, 5},
                "[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"" + endian + "\"}}]", "0");
        byte[] raw = new byte[40];
        for (int i = 0; i < 20; i++) {
            raw[2 * i] = (byte) i;          // little-endian value 0x0100 * (i+1) + i
            raw[2 * i + 1] = (byte) (i + 1);
        }
        byte[] stored = p.encode(raw);
        if (endian.equals("big")) {
            assertEquals(1, stored[0]);
            assertEquals(0, stored[1]);
        } else {
            assertArrayEquals(raw, stored);
        }
        assertArrayEquals(raw, decode(p, stored));
    }

    @Test
    void transposeBigEndianFloat64() {
        CodecPipeline p = pipeline("float64", new int[] {2, 3, 4},
                "[{\"name\":\"transpose\",\"configuration\":{\"order\":[1,2,0]}},"
                        + "{\"name\":\"transpose\",\"configuration\":{\"order\":[2,0,1]}},"
                        + "{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}},{\"name\":\"gzip\",\"configuration\":{\"level\":5}}]",
                "\"NaN\"");
        roundTrip(p, pattern(p.rawBytes(), 2));
    }

    @Test
    void transposeMatchesDefinition() {
        // order [1, 0] on a 2x3 uint8 array stores its 3x2 transpose.
        CodecPipeline p = pipeline("uint8", new int[] {2, 3},
                "[{\"name\":\"transpose\",\"configuration\":{\"order\":[1,0]}},{\"name\":\"bytes\"}]", "0");
        byte[] raw = {0, 1, 2, 10, 11, 12};
        assertArrayEquals(new byte[] {0, 10, 1, 11, 2, 12}, p.encode(raw));
        assertArrayEquals(raw, decode(p, p.encode(raw)));
    }

    @Test
    void singleElementAndZeroDimensional() {
        roundTrip(pipeline("uint8", new int[] {1}, "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":1,\"checksum\":false}}]", "0"),
                new byte[] {42});
        roundTrip(pipeline("int32", new int[] {}, "[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}},{\"name\":\"crc32c\"}]", "-7"),
                new byte[] {1, 2, 3, 4});
    }

    @Test
    void zstdFramesWithoutContentSizeDecode() {
        byte[] raw = pattern(100_000, 3);
        byte[] frame = new ZstdCodec(3, false, false).encode(raw, 0, raw.length);
        // Frame_Header_Descriptor bits 6-7 (FCS flag) = 0 and no single-segment flag: no content size.
        assertEquals(0, (frame[4] & 0xC0) | (frame[4] & 0x20), "frame must not declare a content size");
        CodecPipeline p = pipeline("uint8", new int[] {100_000},
                "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":false}}]", "0");
        assertArrayEquals(raw, decode(p, frame));
    }

    @Test
    void zstdConcatenatedFramesAndSkippableFrames() {
        byte[] raw = pattern(5000, 4);
        ZstdCodec z = new ZstdCodec(1, true);
        byte[] a = z.encode(raw, 0, 2000);
        byte[] b = z.encode(raw, 2000, 3000);
        byte[] skippable = {0x50, 0x2A, 0x4D, 0x18, 3, 0, 0, 0, 9, 9, 9};
        byte[] all = new byte[a.length + skippable.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(skippable, 0, all, a.length, skippable.length);
        System.arraycopy(b, 0, all, a.length + skippable.length, b.length);
        CodecPipeline p = pipeline("uint8", new int[] {5000},
                "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":1,\"checksum\":true}}]", "0");
        assertArrayEquals(raw, decode(p, all));
    }

    @Test
    void gzipMultiMemberWithHeaderFieldsAndZeroPadding() {
        byte[] raw = pattern(3000, 5);
        GzipCodec g = new GzipCodec(6);
        byte[] a = g.encode(raw, 0, 1000);
        // Second member with FEXTRA, FNAME, FCOMMENT (the flags other writers use).
        byte[] b = g.encode(raw, 1000, 2000);
        byte[] header = {0x1f, (byte) 0x8b, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, 3, 2, 0, 'x', 'y', 'n', 0, 'c', 0};
        byte[] all = new byte[a.length + header.length + (b.length - 10) + 4];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(header, 0, all, a.length, header.length);
        System.arraycopy(b, 10, all, a.length + header.length, b.length - 10);
        CodecPipeline p = pipeline("uint8", new int[] {3000}, "[{\"name\":\"bytes\"},{\"name\":\"gzip\",\"configuration\":{\"level\":6}}]", "0");
        assertArrayEquals(raw, decode(p, all));
    }

    @Test
    void gzipDecodesWhatTheJdkWrites() throws Exception {
        byte[] raw = pattern(70_000, 6);
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bos)) {
            gz.write(raw);
        }
        CodecPipeline p = pipeline("uint8", new int[] {70_000}, "[{\"name\":\"bytes\"},{\"name\":\"gzip\",\"configuration\":{\"level\":6}}]", "0");
        assertArrayEquals(raw, decode(p, bos.toByteArray()));
        // And the JDK reads what we write.
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(p.encode(raw)))) {
            assertArrayEquals(raw, in.readAllBytes());
        }
    }

    @Test
    void crc32cMatchesTheStandardCheckValue() {
        byte[] enc = new Crc32cCodec().encode("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 9);
        assertEquals(0xE3069283, Crc32cCodec.getIntLE(enc, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"start", "end"})
    void shardingRoundTripsWithEmptyInnerChunks(String location) {
        String codecs = "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[2,3],"
                + "\"codecs\":[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":1,\"checksum\":false}}],"
                + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"crc32c\"}],"
                + "\"index_location\":\"" + location + "\"}}]";
        CodecPipeline p = pipeline("uint8", new int[] {4, 9}, codecs, "5");
        byte[] raw = new byte[36];
        for (int i = 0; i < 36; i++) {
            raw[i] = (byte) (i * 7 % 251);
        }
        // Inner chunk (1, 2) = rows 2-3, columns 6-8 holds only the fill value: stored as empty.
        for (int r = 2; r < 4; r++) {
            for (int c = 6; c < 9; c++) {
                raw[r * 9 + c] = 5;
            }
        }
        byte[] stored = p.encode(raw);
        int indexAt = location.equals("start") ? 0 : stored.length - (6 * 16 + 4);
        long off5 = java.nio.ByteBuffer.wrap(stored, indexAt + 5 * 16, 16).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(-1L, off5, "the all-fill inner chunk is stored as empty");
        assertArrayEquals(raw, decode(p, stored));
    }

    @Test
    void shardingWithBigEndianUint16AndTransposedInnerChunks() {
        String codecs = "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[2,2,2],"
                + "\"codecs\":[{\"name\":\"transpose\",\"configuration\":{\"order\":[2,1,0]}},{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}},{\"name\":\"gzip\",\"configuration\":{\"level\":1}}],"
                + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}}],"
                + "\"index_location\":\"start\"}}]";
        CodecPipeline p = pipeline("uint16", new int[] {4, 2, 6}, codecs, "0");
        roundTrip(p, pattern(p.rawBytes(), 7));
    }

    @Test
    void fillValuesOfEveryKind() throws Exception {
        var n = TestArrays.JSON;
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF},
                FillValue.parse(io.maskgate.zarr.DataType.parse("uint16").orElseThrow(), n.readTree("65535")).bytes());
        assertArrayEquals(new byte[] {0, 0, (byte) 0xC0, 0x7F},
                FillValue.parse(io.maskgate.zarr.DataType.parse("float32").orElseThrow(), n.readTree("\"NaN\"")).bytes());
        assertArrayEquals(new byte[] {0, 0x3C},
                FillValue.parse(io.maskgate.zarr.DataType.parse("float16").orElseThrow(), n.readTree("1.0")).bytes());
        assertArrayEquals(new byte[] {1, 0, 0, (byte) 0x80},
                FillValue.parse(io.maskgate.zarr.DataType.parse("float32").orElseThrow(), n.readTree("\"0x80000001\"")).bytes());
        assertArrayEquals(new byte[] {1},
                FillValue.parse(io.maskgate.zarr.DataType.parse("bool").orElseThrow(), n.readTree("true")).bytes());
        assertArrayEquals(new byte[] {(byte) 0xFE, (byte) 0xFF},
                FillValue.parse(io.maskgate.zarr.DataType.parse("int16").orElseThrow(), n.readTree("-2")).bytes());
        org.junit.jupiter.api.Assertions.assertThrows(CodecConfigException.class,
                () -> FillValue.parse(io.maskgate.zarr.DataType.UINT8, n.readTree("300")));
        byte[] buf = new byte[10];
        FillValue.ofBytes(new byte[] {1, 2}).fill(buf, 0, 10);
        assertArrayEquals(new byte[] {1, 2, 1, 2, 1, 2, 1, 2, 1, 2}, buf);
    }
}
