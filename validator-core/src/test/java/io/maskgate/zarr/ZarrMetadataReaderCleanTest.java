package io.maskgate.zarr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.maskgate.zarr.MetadataFixtures.ARRAY_30;
import static io.maskgate.zarr.MetadataFixtures.ARRAY_31;
import static io.maskgate.zarr.MetadataFixtures.ARRAY_SHARDED;
import static io.maskgate.zarr.MetadataFixtures.GROUP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Valid documents give no finding and a faithful model. */
class ZarrMetadataReaderCleanTest {

    @TempDir
    Path tmp;
    MetadataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MetadataFixtures(tmp);
    }

    @Test
    void zarrPython31ArrayIsCleanAndModelled() {
        ZarrArrayMetadata m = fx.array(ARRAY_31).assertClean().get();
        assertArrayEquals(new long[]{17, 2795, 721, 164, 34}, m.shape());
        assertEquals(DataType.UINT8, m.dataType());
        assertArrayEquals(new int[]{1, 1, 721, 164, 34}, m.chunkShape());
        assertEquals(ChunkKeyEncoding.DEFAULT, m.chunkKeyEncoding());
        assertEquals(0, m.fillValue().intValue());
        assertEquals(List.of("bytes", "zstd"), m.codecs().stream().map(CodecSpec::name).toList());
        assertEquals(List.of("/codecs/0", "/codecs/1"), m.codecs().stream().map(CodecSpec::pointer).toList());
        assertEquals(0, m.codecs().get(1).configuration().get("level").intValue());
        assertNull(m.dimensionNames());
        assertEquals(17, m.attributes().get("hypothesis_epoch_values").size());
        assertArrayEquals(new long[]{17, 2795, 1, 1, 1}, m.chunkGridShape());
    }

    @Test
    void zarrPython30ArrayIsClean() {
        ZarrArrayMetadata m = fx.array(ARRAY_30).assertClean().get();
        assertEquals(List.of("hypothesis", "trench", "time", "y", "x"), m.dimensionNames());
        assertEquals("little", m.codecs().get(0).configuration().get("endian").textValue());
    }

    @Test
    void shardedArrayWithCrc32cIndexIsClean() {
        ZarrArrayMetadata m = fx.array(ARRAY_SHARDED).assertClean().get();
        assertEquals(List.of("sharding_indexed"), m.codecs().stream().map(CodecSpec::name).toList());
        assertEquals(2, m.dataType().byteSize());
    }

    @Test
    void maskStoreRootGroupIsClean() {
        ZarrGroupMetadata g = fx.group(GROUP).assertClean().get();
        assertEquals("20260307_SB7_exit_snake_V4_1", g.attributes().get("experiment_name").textValue());
    }

    @Test
    void groupWithoutAttributesHasEmptyAttributes() {
        ZarrGroupMetadata g = fx.group("{\"zarr_format\": 3, \"node_type\": \"group\"}").assertClean().get();
        assertEquals(0, g.attributes().size());
    }

    @Test
    void bareNameExtensionsOfZarr31AreAccepted() {
        ZarrArrayMetadata m = fx.array(ARRAY_31, d -> {
            d.put("chunk_key_encoding", "v2");
            ArrayNode codecs = d.putArray("codecs");
            codecs.add("bytes");
            codecs.add("crc32c");
        }).assertClean().get();
        assertEquals(new ChunkKeyEncoding("v2", '.'), m.chunkKeyEncoding());
        assertEquals(0, m.codecs().get(0).configuration().size());
    }

    @Test
    void coreDataTypeAsExtensionObjectIsAccepted() {
        fx.array(ARRAY_31, d -> d.putObject("data_type").put("name", "uint8")).assertClean();
    }

    @Test
    void defaultEncodingWithDotSeparatorAndV2WithSlash() {
        ZarrArrayMetadata dot = fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_key_encoding").get("configuration"))
                .put("separator", ".")).assertClean().get();
        assertEquals(new ChunkKeyEncoding("default", '.'), dot.chunkKeyEncoding());
        ZarrArrayMetadata v2 = fx.array(ARRAY_31, d -> d.set("chunk_key_encoding",
                MetadataFixtures.parse("{\"name\": \"v2\", \"configuration\": {\"separator\": \"/\"}}"))).assertClean().get();
        assertEquals(new ChunkKeyEncoding("v2", '/'), v2.chunkKeyEncoding());
    }

    @Test
    void everyKnownCodecInAValidChain() {
        fx.array(ARRAY_31, d -> d.set("codecs", MetadataFixtures.JSON.valueToTree(List.of(
                MetadataFixtures.parse("{\"name\": \"transpose\", \"configuration\": {\"order\": [4, 3, 2, 1, 0]}}"),
                MetadataFixtures.parse("{\"name\": \"bytes\", \"configuration\": {\"endian\": \"big\"}}"),
                MetadataFixtures.parse("{\"name\": \"blosc\", \"configuration\": {\"cname\": \"zstd\", \"clevel\": 5, "
                        + "\"shuffle\": \"bitshuffle\", \"typesize\": 1, \"blocksize\": 0}}"),
                MetadataFixtures.parse("{\"name\": \"gzip\", \"configuration\": {\"level\": 9}}"),
                MetadataFixtures.parse("{\"name\": \"zstd\", \"configuration\": {\"level\": -131072, \"checksum\": true}, "
                        + "\"must_understand\": true}"),
                MetadataFixtures.parse("{\"name\": \"crc32c\", \"configuration\": {}}"))))).assertClean();
    }

    @Test
    void bloscWithoutShuffleNeedsNoTypesize() {
        fx.array(ARRAY_31, d -> d.set("codecs", MetadataFixtures.parse("{\"c\": [{\"name\": \"bytes\"}, {\"name\": \"blosc\", "
                + "\"configuration\": {\"cname\": \"lz4\", \"clevel\": 1, \"shuffle\": \"noshuffle\"}}]}").get("c"))).assertClean();
    }

    @Test
    void transposeBeforeShardingPermutesTheShardShape() {
        // shard shape [1, 100, 64, 64] transposed by [2, 3, 0, 1] is [64, 64, 1, 100]: inner [32, 32, 1, 50] divides it
        fx.array(ARRAY_SHARDED, d -> {
            ArrayNode codecs = (ArrayNode) d.get("codecs");
            ((ObjectNode) codecs.get(0).get("configuration")).set("chunk_shape", MetadataFixtures.JSON.valueToTree(new int[]{32, 32, 1, 50}));
            codecs.insert(0, MetadataFixtures.parse("{\"name\": \"transpose\", \"configuration\": {\"order\": [2, 3, 0, 1]}}"));
        }).assertClean();
    }

    @Test
    void nestedShardingIsValidatedRecursively() {
        fx.array(ARRAY_SHARDED, d -> {
            ObjectNode outer = (ObjectNode) d.get("codecs").get(0).get("configuration");
            outer.set("codecs", MetadataFixtures.parse("{\"c\": [{\"name\": \"sharding_indexed\", \"configuration\": {"
                    + "\"chunk_shape\": [1, 25, 16, 16], \"codecs\": [{\"name\": \"bytes\", \"configuration\": {\"endian\": \"big\"}}],"
                    + "\"index_codecs\": [{\"name\": \"bytes\", \"configuration\": {\"endian\": \"little\"}}]}}]}").get("c"));
        }).assertClean();
    }

    @Test
    void zeroDimensionalArrayAndEmptyShape() {
        ZarrArrayMetadata m = fx.array(ARRAY_31, d -> {
            d.putArray("shape");
            ((ObjectNode) d.get("chunk_grid").get("configuration")).putArray("chunk_shape");
            d.remove("attributes");
        }).assertClean().get();
        assertEquals(0, m.shape().length);
        assertEquals(0, m.attributes().size());
    }

    @Test
    void zeroLengthDimensionIsAllowed() {
        fx.array(ARRAY_31, d -> ((ArrayNode) d.get("shape")).set(1, 0)).assertClean();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"bool\"|true", "\"int8\"|-128", "\"int64\"|-9223372036854775808", "\"uint64\"|18446744073709551615",
            "\"uint16\"|65535", "\"float32\"|\"NaN\"", "\"float64\"|\"-Infinity\"", "\"float32\"|\"0x7fc00000\"",
            "\"float16\"|\"0x7E00\"", "\"float16\"|65504", "\"float64\"|-1.5e300", "\"float32\"|3",
            "\"complex64\"|[1.5, \"NaN\"]", "\"complex128\"|[0, \"0x0000000000000000\"]", "\"r16\"|[0, 255]", "\"r8\"|[7]"})
    void validFillValuesForTheirTypes(String typeAndFill) {
        String[] parts = typeAndFill.split("\\|", -1);
        fx.array(ARRAY_31, d -> {
            d.set("data_type", MetadataFixtures.parse("{\"v\": " + parts[0] + "}").get("v"));
            d.set("fill_value", MetadataFixtures.parse("{\"v\": " + parts[1] + "}").get("v"));
            d.set("codecs", MetadataFixtures.parse("{\"c\": [{\"name\": \"bytes\", \"configuration\": {\"endian\": \"little\"}}]}").get("c"));
        }).assertClean();
    }

    @Test
    void unknownMemberMarkedMustUnderstandFalseIsIgnored() {
        fx.array(ARRAY_31, d -> d.putObject("my_extension").put("must_understand", false).put("x", 1)).assertClean();
        fx.group(GROUP, d -> d.putObject("my_extension").put("must_understand", false)).assertClean();
    }

    @Test
    void leadingByteOrderMarkIsTolerated() {
        byte[] body = ARRAY_31.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        fx.array(fx.write(withBom)).assertClean();
    }

    @Test
    void modelIsReturnedDespiteNonBlockingProblems() {
        MetadataFixtures.Result<ZarrArrayMetadata> r = fx.array(ARRAY_30, d -> {
            d.set("dimension_names", MetadataFixtures.JSON.valueToTree(Arrays.asList("a", null)));
            d.put("unknown", 1);
        });
        assertEquals(List.of("ZARR_DIMENSION_NAMES", "ZARR_MUST_UNDERSTAND"),
                r.findings().stream().map(f -> f.code()).sorted().toList());
        assertNull(r.get().dimensionNames());
    }
}
