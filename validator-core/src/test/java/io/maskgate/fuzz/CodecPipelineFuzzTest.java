package io.maskgate.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.storage.MemoryStorage;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkReadResult;
import io.maskgate.zarr.codec.CodecPipeline;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes chunk decoding through the codec chain: the fuzzer picks the array's metadata (data type, chunk shape,
 * transpose, bytes endian or {@code sharding_indexed} with inner and index codecs, then zstd / gzip / crc32c /
 * blosc) and the stored chunk, which is either raw fuzzer bytes or a valid encoding of fuzzer data with a few
 * bytes flipped, cut or appended. The chunk is read as the validator reads it ({@link ArrayChunkReader}); an
 * uncorrupted encoding must decode to the data it encodes, anything else gives PRESENT or ERROR with findings.
 */
class CodecPipelineFuzzTest {

    private static final String[] TYPES = {"bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64",
            "uint64", "float32", "float64"};
    private static final String[] BLOSC_CNAMES = {"lz4", "lz4hc", "blosclz", "zstd", "zlib"};
    private static final String[] SHUFFLES = {"noshuffle", "shuffle", "bitshuffle"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json = new ObjectMapper();
    private final ZarrMetadataReader metadataReader = new ZarrMetadataReader();

    @FuzzTest(maxDuration = "3s")
    void chunk(FuzzedDataProvider data) throws Exception {
        int rank = data.consumeInt(1, 3);
        int[] chunkShape = new int[rank];
        ArrayNode shape = NODES.arrayNode();
        for (int d = 0; d < rank; d++) {
            chunkShape[d] = data.consumeInt(1, 8);
            shape.add(chunkShape[d] * data.consumeInt(1, 3) - data.consumeInt(0, chunkShape[d] - 1));
        }
        String type = data.pickValue(TYPES);
        ObjectNode doc = arrayDocument(shape, chunkShape, type, codecs(data, chunkShape));
        MemoryStorage storage = new MemoryStorage("fuzz").put("zarr.json", json.writeValueAsBytes(doc));
        Findings metadataFindings = new Findings();
        Optional<ZarrArrayMetadata> metadata = metadataReader.readArray(storage, "zarr.json", "zarr.json", metadataFindings);
        if (metadata.isEmpty()) {
            // a combination the reader refuses must say why
            assertFalse(metadataFindings.isEmpty(), "array metadata refused without a finding: " + doc);
            return;
        }
        ArrayChunkReader reader = ArrayChunkReader.open(storage, metadata.get(), "", null);
        if (!reader.decodable()) {
            assertTrue(reader.arrayFinding().isPresent(), "codecs unusable without a finding: " + doc);
            return;
        }
        CodecPipeline pipeline = reader.pipeline();
        long[] coords = new long[rank];
        byte[] raw = null;
        byte[] stored;
        boolean corrupted = false;
        if (data.consumeBoolean()) {
            raw = Arrays.copyOf(data.consumeBytes(pipeline.rawBytes()), pipeline.rawBytes());
            if (type.equals("bool")) {
                for (int i = 0; i < raw.length; i++) {
                    raw[i] &= 1; // only 0 and 1 are booleans; the decoder reports the others
                }
            }
            stored = pipeline.encode(raw);
            int edits = data.consumeInt(0, 3);
            for (int e = 0; e < edits && stored.length > 0; e++) {
                stored = edit(data, stored);
                corrupted = true;
            }
        } else {
            stored = data.consumeRemainingAsBytes();
        }
        storage.put(reader.key(coords), stored);
        byte[] out = new byte[reader.chunkBytes()];
        ChunkReadResult result = reader.read(coords, out);
        assertEquals(reader.file(coords), result.file());
        switch (result.status()) {
            case PRESENT -> assertTrue(result.problems().isEmpty(), "decoded with problems: " + result);
            case ERROR -> assertFalse(result.findings().isEmpty(), "an undecodable chunk without a finding");
            default -> throw new AssertionError("a stored chunk read as " + result.status() + ": " + result);
        }
        if (raw != null && !corrupted) {
            assertEquals(ChunkReadResult.Status.PRESENT, result.status(), () -> "a valid encoding failed: " + result
                    + " for " + doc);
            assertArrayEquals(raw, out, "a valid encoding decoded to other data");
        }
    }

    private static byte[] edit(FuzzedDataProvider data, byte[] stored) {
        int at = data.consumeInt(0, stored.length - 1);
        switch (data.consumeInt(0, 2)) {
            case 0 -> {
                byte[] b = stored.clone();
                b[at] ^= (byte) data.consumeInt(1, 255);
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(stored, at);
            }
            default -> {
                byte[] extra = data.consumeBytes(16);
                byte[] b = Arrays.copyOf(stored, stored.length + extra.length);
                System.arraycopy(extra, 0, b, stored.length, extra.length);
                return b;
            }
        }
    }

    private static ObjectNode arrayDocument(ArrayNode shape, int[] chunkShape, String type, ArrayNode codecs) {
        ObjectNode doc = NODES.objectNode();
        doc.put("zarr_format", 3);
        doc.put("node_type", "array");
        doc.set("shape", shape);
        doc.put("data_type", type);
        ObjectNode grid = doc.putObject("chunk_grid");
        grid.put("name", "regular");
        ArrayNode cs = grid.putObject("configuration").putArray("chunk_shape");
        Arrays.stream(chunkShape).forEach(cs::add);
        ObjectNode keys = doc.putObject("chunk_key_encoding");
        keys.put("name", "default");
        keys.putObject("configuration").put("separator", "/");
        if (type.equals("bool")) {
            doc.put("fill_value", false);
        } else {
            doc.put("fill_value", 0);
        }
        doc.set("codecs", codecs);
        doc.putObject("attributes");
        return doc;
    }

    /** transpose?, then bytes or sharding_indexed, then up to two bytes→bytes codecs. */
    private static ArrayNode codecs(FuzzedDataProvider data, int[] chunkShape) {
        ArrayNode codecs = NODES.arrayNode();
        int rank = chunkShape.length;
        int[] encodedShape = chunkShape.clone();
        if (data.consumeBoolean()) {
            int[] order = permutation(data, rank);
            ObjectNode t = codecs.addObject();
            t.put("name", "transpose");
            ArrayNode o = t.putObject("configuration").putArray("order");
            for (int d = 0; d < rank; d++) {
                o.add(order[d]);
                encodedShape[d] = chunkShape[order[d]];
            }
        }
        if (data.consumeBoolean()) {
            ObjectNode s = codecs.addObject();
            s.put("name", "sharding_indexed");
            ObjectNode cfg = s.putObject("configuration");
            ArrayNode inner = cfg.putArray("chunk_shape");
            for (int d = 0; d < rank; d++) {
                inner.add(divisor(data, encodedShape[d]));
            }
            ArrayNode innerCodecs = cfg.putArray("codecs");
            innerCodecs.add(bytes(data));
            compressors(data, innerCodecs);
            ArrayNode index = cfg.putArray("index_codecs");
            index.add(bytes(data));
            if (data.consumeBoolean()) {
                index.addObject().put("name", "crc32c");
            }
            cfg.put("index_location", data.consumeBoolean() ? "start" : "end");
        } else {
            codecs.add(bytes(data));
        }
        compressors(data, codecs);
        return codecs;
    }

    private static ObjectNode bytes(FuzzedDataProvider data) {
        ObjectNode b = NODES.objectNode();
        b.put("name", "bytes");
        b.putObject("configuration").put("endian", data.consumeBoolean() ? "little" : "big");
        return b;
    }

    private static void compressors(FuzzedDataProvider data, ArrayNode codecs) {
        int n = data.consumeInt(0, 2);
        for (int i = 0; i < n; i++) {
            ObjectNode c = codecs.addObject();
            ObjectNode cfg = NODES.objectNode();
            switch (data.consumeInt(0, 3)) {
                case 0 -> {
                    c.put("name", "zstd");
                    cfg.put("level", data.consumeInt(-5, 9));
                    cfg.put("checksum", data.consumeBoolean());
                }
                case 1 -> {
                    c.put("name", "gzip");
                    cfg.put("level", data.consumeInt(0, 9));
                }
                case 2 -> c.put("name", "crc32c");
                default -> {
                    c.put("name", "blosc");
                    cfg.put("cname", data.pickValue(BLOSC_CNAMES));
                    cfg.put("clevel", data.consumeInt(0, 9));
                    cfg.put("shuffle", data.pickValue(SHUFFLES));
                    cfg.put("typesize", data.consumeInt(1, 8));
                    cfg.put("blocksize", data.consumeBoolean() ? 0 : data.consumeInt(1, 4096));
                }
            }
            if (!cfg.isEmpty()) {
                c.set("configuration", cfg);
            }
        }
    }

    private static int[] permutation(FuzzedDataProvider data, int rank) {
        int[] p = new int[rank];
        for (int i = 0; i < rank; i++) {
            p[i] = i;
        }
        for (int i = rank - 1; i > 0; i--) {
            int j = data.consumeInt(0, i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static int divisor(FuzzedDataProvider data, int n) {
        int[] ds = new int[n];
        int k = 0;
        for (int d = 1; d <= n; d++) {
            if (n % d == 0) {
                ds[k++] = d;
            }
        }
        return ds[data.consumeInt(0, k - 1)];
    }
}
