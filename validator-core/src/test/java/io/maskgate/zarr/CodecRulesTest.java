package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.maskgate.zarr.MetadataFixtures.ARRAY_31;
import static io.maskgate.zarr.MetadataFixtures.ARRAY_SHARDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Codec order, configurations, unknown codecs and sharding. */
class CodecRulesTest {

    @TempDir
    Path tmp;
    MetadataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MetadataFixtures(tmp);
    }

    private static JsonNode codecs(String json) {
        return MetadataFixtures.parse("{\"c\": " + json + "}").get("c");
    }

    private MetadataFixtures.Result<ZarrArrayMetadata> withCodecs(String json) {
        return fx.array(ARRAY_31, d -> d.set("codecs", codecs(json)));
    }

    private static final String BYTES = "{\"name\": \"bytes\"}";
    private static final String ZSTD = "{\"name\": \"zstd\", \"configuration\": {\"level\": 0, \"checksum\": false}}";

    private static ObjectNode sharding(ObjectNode doc) {
        return (ObjectNode) doc.get("codecs").get(0).get("configuration");
    }

    // ---- order

    @Test
    void emptyCodecList() {
        withCodecs("[]").assertOnly("ZARR_CODEC_ORDER", "/codecs");
    }

    @Test
    void noArrayToBytesCodec() {
        withCodecs("[" + ZSTD + "]").assertOnly("ZARR_CODEC_ORDER", "/codecs");
    }

    @Test
    void compressorBeforeBytes() {
        withCodecs("[" + ZSTD + ", " + BYTES + "]").assertOnly("ZARR_CODEC_ORDER", "/codecs/0");
    }

    @Test
    void twoArrayToBytesCodecs() {
        withCodecs("[" + BYTES + ", " + BYTES + "]").assertOnly("ZARR_CODEC_ORDER", "/codecs/1");
    }

    @Test
    void transposeAfterBytes() {
        withCodecs("[" + BYTES + ", {\"name\": \"transpose\", \"configuration\": {\"order\": [0, 1, 2, 3, 4]}}]")
                .assertOnly("ZARR_CODEC_ORDER", "/codecs/1");
    }

    // ---- configurations

    @Test
    void zstdLevelOutOfRange() {
        withCodecs("[" + BYTES + ", {\"name\": \"zstd\", \"configuration\": {\"level\": 23, \"checksum\": false}}]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/level");
    }

    @Test
    void zstdWithoutLevel() {
        withCodecs("[" + BYTES + ", {\"name\": \"zstd\"}]").assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/level");
    }

    @Test
    void zstdChecksumNotBoolean() {
        withCodecs("[" + BYTES + ", {\"name\": \"zstd\", \"configuration\": {\"level\": 3, \"checksum\": 0}}]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/checksum");
    }

    @Test
    void zstdLevelAsString() {
        withCodecs("[" + BYTES + ", {\"name\": \"zstd\", \"configuration\": {\"level\": \"3\"}}]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/level");
    }

    @Test
    void gzipLevelOutOfRange() {
        withCodecs("[" + BYTES + ", {\"name\": \"gzip\", \"configuration\": {\"level\": 10}}]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/level");
    }

    @Test
    void bloscUnknownCompressor() {
        withCodecs("[" + BYTES + ", {\"name\": \"blosc\", \"configuration\": {\"cname\": \"lzma\", \"clevel\": 5, "
                + "\"shuffle\": \"noshuffle\"}}]").assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/cname");
    }

    @Test
    void bloscShuffleNeedsTypesize() {
        withCodecs("[" + BYTES + ", {\"name\": \"blosc\", \"configuration\": {\"cname\": \"lz4\", \"clevel\": 5, "
                + "\"shuffle\": \"shuffle\"}}]").assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/typesize");
    }

    @Test
    void bloscNumericShuffleOfZarrV2() {
        withCodecs("[" + BYTES + ", {\"name\": \"blosc\", \"configuration\": {\"cname\": \"lz4\", \"clevel\": 5, "
                + "\"shuffle\": 1, \"typesize\": 1}}]").assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/shuffle");
    }

    @Test
    void bloscNegativeBlocksize() {
        withCodecs("[" + BYTES + ", {\"name\": \"blosc\", \"configuration\": {\"cname\": \"lz4\", \"clevel\": 5, "
                + "\"shuffle\": \"noshuffle\", \"blocksize\": -1}}]").assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/blocksize");
    }

    @Test
    void crc32cTakesNoConfiguration() {
        withCodecs("[" + BYTES + ", {\"name\": \"crc32c\", \"configuration\": {\"seed\": 1}}]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/1/configuration/seed");
    }

    @Test
    void bytesWithBadEndian() {
        withCodecs("[{\"name\": \"bytes\", \"configuration\": {\"endian\": \"middle\"}}]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/endian");
    }

    @Test
    void bytesWithoutEndianForMultiByteType() {
        Finding f = fx.array(ARRAY_31, d -> {
            d.put("data_type", "uint16");
            d.set("codecs", codecs("[" + BYTES + "]"));
        }).assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/endian").findings().get(0);
        assertTrue(f.message().contains("uint16"), f.message());
    }

    @Test
    void bytesWithoutEndianIsFineForOneByteTypes() {
        withCodecs("[" + BYTES + "]").assertClean();
    }

    @Test
    void transposeOrderNotAPermutation() {
        withCodecs("[{\"name\": \"transpose\", \"configuration\": {\"order\": [0, 0, 1, 2, 3]}}, " + BYTES + "]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/order");
        withCodecs("[{\"name\": \"transpose\", \"configuration\": {\"order\": [0, 1, 2]}}, " + BYTES + "]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/order");
        withCodecs("[{\"name\": \"transpose\", \"configuration\": {\"order\": \"C\"}}, " + BYTES + "]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/order");
    }

    @Test
    void unexpectedConfigurationMember() {
        withCodecs("[{\"name\": \"bytes\", \"configuration\": {\"endian\": \"little\", \"order\": \"C\"}}]")
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/order");
    }

    @Test
    void unexpectedCodecEntryMember() {
        withCodecs("[{\"name\": \"bytes\", \"id\": \"bytes\"}]").assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/id");
    }

    // ---- unknown

    @Test
    void unknownCodec() {
        Finding f = withCodecs("[" + BYTES + ", {\"name\": \"lzma\", \"configuration\": {}}]")
                .assertOnly("ZARR_CODEC_UNKNOWN", "/codecs/1").findings().get(0);
        assertTrue(f.message().contains("lzma"), f.message());
    }

    @Test
    void unknownCodecAsBareName() {
        withCodecs("[" + BYTES + ", \"numcodecs.lzma\"]").assertOnly("ZARR_CODEC_UNKNOWN", "/codecs/1");
    }

    @Test
    void unknownCodecCannotBeSkippedEvenIfOptional() {
        withCodecs("[" + BYTES + ", {\"name\": \"lzma\", \"must_understand\": false}]").assertOnly("ZARR_CODEC_UNKNOWN", "/codecs/1");
    }

    // ---- sharding

    @Test
    void innerChunkDoesNotDivideShard() {
        fx.array(ARRAY_SHARDED, d -> ((ArrayNode) sharding(d).get("chunk_shape")).set(2, 30))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/chunk_shape/2");
    }

    @Test
    void innerChunkShapeOfWrongRank() {
        fx.array(ARRAY_SHARDED, d -> ((ArrayNode) sharding(d).get("chunk_shape")).remove(0))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/chunk_shape");
    }

    @Test
    void innerChunkSizeZero() {
        fx.array(ARRAY_SHARDED, d -> ((ArrayNode) sharding(d).get("chunk_shape")).set(0, 0))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/chunk_shape/0");
    }

    @Test
    void compressingIndexCodec() {
        fx.array(ARRAY_SHARDED, d -> ((ArrayNode) sharding(d).get("index_codecs")).add(codecs("[" + ZSTD + "]").get(0)))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/index_codecs/2");
    }

    @Test
    void badIndexLocation() {
        fx.array(ARRAY_SHARDED, d -> sharding(d).put("index_location", "middle"))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/index_location");
    }

    @Test
    void missingIndexCodecs() {
        fx.array(ARRAY_SHARDED, d -> sharding(d).remove("index_codecs"))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/index_codecs");
    }

    @Test
    void missingChunkShape() {
        fx.array(ARRAY_SHARDED, d -> sharding(d).remove("chunk_shape"))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/chunk_shape");
    }

    @Test
    void shardingWithoutConfiguration() {
        withCodecs("[\"sharding_indexed\"]").assertOnly("ZARR_SHARDING", "/codecs/0/configuration");
    }

    @Test
    void unexpectedShardingMember() {
        fx.array(ARRAY_SHARDED, d -> sharding(d).put("index_size", 16))
                .assertOnly("ZARR_SHARDING", "/codecs/0/configuration/index_size");
    }

    @Test
    void indexBytesCodecNeedsEndianForUint64() {
        fx.array(ARRAY_SHARDED, d -> ((ObjectNode) sharding(d).get("index_codecs").get(0)).remove("configuration"))
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/index_codecs/0/configuration/endian");
    }

    @Test
    void innerCodecListIsValidatedLikeTheOuterOne() {
        fx.array(ARRAY_SHARDED, d -> sharding(d).set("codecs", codecs("[" + ZSTD + "]")))
                .assertOnly("ZARR_CODEC_ORDER", "/codecs/0/configuration/codecs");
        fx.array(ARRAY_SHARDED, d -> ((ObjectNode) sharding(d).get("codecs").get(1).get("configuration")).put("level", 99))
                .assertOnly("ZARR_CODEC_CONFIG", "/codecs/0/configuration/codecs/1/configuration/level");
        fx.array(ARRAY_SHARDED, d -> ((ArrayNode) sharding(d).get("codecs")).add("lz4"))
                .assertOnly("ZARR_CODEC_UNKNOWN", "/codecs/0/configuration/codecs/2");
    }

    @Test
    void shardingAfterBytesIsAnOrderProblem() {
        MetadataFixtures.Result<ZarrArrayMetadata> r = fx.array(ARRAY_SHARDED, d -> ((ArrayNode) d.get("codecs"))
                .insert(0, codecs("[{\"name\": \"bytes\", \"configuration\": {\"endian\": \"little\"}}]").get(0)));
        r.assertOnly("ZARR_CODEC_ORDER", "/codecs/1");
    }

    @Test
    void everyViolationInOneListIsReported() {
        MetadataFixtures.Result<ZarrArrayMetadata> r = withCodecs("[" + ZSTD.replace("\"level\": 0", "\"level\": 99") + ", "
                + BYTES + ", {\"name\": \"gzip\", \"configuration\": {\"level\": -1}}]");
        assertEquals(List.of("ZARR_CODEC_CONFIG@/codecs/0/configuration/level", "ZARR_CODEC_CONFIG@/codecs/2/configuration/level",
                        "ZARR_CODEC_ORDER@/codecs/0"),
                r.findings().stream().map(f -> f.code() + "@" + f.location().pointer()).sorted().toList());
        assertTrue(r.model().isEmpty());
    }
}
