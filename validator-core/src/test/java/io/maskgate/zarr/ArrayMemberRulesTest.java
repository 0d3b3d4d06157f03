package io.maskgate.zarr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Path;

import static io.maskgate.zarr.MetadataFixtures.ARRAY_30;
import static io.maskgate.zarr.MetadataFixtures.ARRAY_31;
import static io.maskgate.zarr.MetadataFixtures.GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Format version, node type, shape, data type, chunk grid, chunk keys, dimension names, transformers, unknown members. */
class ArrayMemberRulesTest {

    @TempDir
    Path tmp;
    MetadataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MetadataFixtures(tmp);
    }

    private static ObjectNode gridConfig(ObjectNode doc) {
        return (ObjectNode) doc.get("chunk_grid").get("configuration");
    }

    @Test
    void zarrFormat2() {
        Finding f = fx.array(ARRAY_31, d -> d.put("zarr_format", 2)).assertOnly("ZARR_FORMAT_VERSION", "/zarr_format").findings().get(0);
        assertTrue(f.message().contains(".zarray"), f.message());
        fx.group(GROUP, d -> d.put("zarr_format", 4)).assertOnly("ZARR_FORMAT_VERSION", "/zarr_format");
    }

    @Test
    void unknownNodeType() {
        fx.array(ARRAY_31, d -> d.put("node_type", "arrray")).assertOnly("ZARR_NODE_TYPE", "/node_type");
    }

    @Test
    void groupDocumentWhereAnArrayIsExpected() {
        MetadataFixtures.Result<ZarrArrayMetadata> r = fx.array(GROUP).assertOnly("ZARR_NODE_TYPE", "/node_type");
        assertTrue(r.model().isEmpty());
    }

    @Test
    void arrayDocumentWhereAGroupIsExpected() {
        MetadataFixtures.Result<ZarrGroupMetadata> r = fx.group(ARRAY_31).assertOnly("ZARR_NODE_TYPE", "/node_type");
        assertTrue(r.model().isEmpty());
    }

    @Test
    void arrayMembersInADocumentDeclaredAsGroupAreNotReportedAsUnknown() {
        fx.array(ARRAY_31, d -> d.put("node_type", "group")).assertOnly("ZARR_NODE_TYPE", "/node_type");
    }

    @Test
    void mismatchedNodeTypeStillReportsTheDocumentsOwnProblems() {
        MetadataFixtures.Result<ZarrGroupMetadata> r = fx.group(ARRAY_31, d -> d.put("fill_value", 300));
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("ZARR_FILL_VALUE_RANGE")), () -> MetadataFixtures.describe(r.findings()));
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("ZARR_NODE_TYPE")));
    }

    @Test
    void negativeShape() {
        fx.array(ARRAY_31, d -> ((ArrayNode) d.get("shape")).set(1, -1)).assertOnly("ZARR_SHAPE", "/shape/1");
    }

    @Test
    void shapeBeyondLongRange() {
        fx.array(ARRAY_31, d -> ((ArrayNode) d.get("shape")).set(0, BigInteger.TWO.pow(64)))
                .assertOnly("ZARR_SHAPE", "/shape/0");
    }

    @Test
    void shapeEntryNotAnInteger() {
        fx.array(ARRAY_31, d -> ((ArrayNode) d.get("shape")).set(2, "721")).assertOnly("ZARR_SHAPE", "/shape/2");
        fx.array(ARRAY_31.replace("[17, 2795,", "[17.0, 2795,")).assertOnly("ZARR_SHAPE", "/shape/0");
    }

    @Test
    void absurdRank() {
        assertTrue(fx.array(ARRAY_31, d -> {
            ArrayNode shape = d.putArray("shape");
            for (int i = 0; i < 65; i++) {
                shape.add(1);
            }
            d.remove("chunk_grid");
            d.set("chunk_grid", MetadataFixtures.parse("{\"name\": \"regular\", \"configuration\": {\"chunk_shape\": []}}"));
        }).findings().stream().anyMatch(f -> f.code().equals("ZARR_SHAPE")));
    }

    @Test
    void unknownDataType() {
        fx.array(ARRAY_31, d -> d.put("data_type", "uint9")).assertOnly("ZARR_DATA_TYPE", "/data_type");
    }

    @Test
    void extensionDataType() {
        fx.array(ARRAY_31, d -> d.set("data_type", MetadataFixtures.parse("{\"name\": \"numpy.datetime64\", \"configuration\": {\"unit\": \"s\"}}")))
                .assertOnly("ZARR_DATA_TYPE", "/data_type/name");
    }

    @Test
    void coreDataTypeWithConfiguration() {
        fx.array(ARRAY_31, d -> d.set("data_type", MetadataFixtures.parse("{\"name\": \"uint8\", \"configuration\": {\"x\": 1}}")))
                .assertOnly("ZARR_DATA_TYPE", "/data_type/configuration");
    }

    @Test
    void dataTypeWithUnexpectedMember() {
        fx.array(ARRAY_31, d -> d.set("data_type", MetadataFixtures.parse("{\"name\": \"uint8\", \"endianness\": \"little\"}")))
                .assertOnly("ZARR_DATA_TYPE", "/data_type/endianness");
    }

    @Test
    void chunkShapeRankDiffersFromShape() {
        fx.array(ARRAY_31, d -> gridConfig(d).set("chunk_shape", MetadataFixtures.JSON.valueToTree(new int[]{1, 721, 164, 34})))
                .assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/configuration/chunk_shape");
    }

    @Test
    void zeroChunkSize() {
        fx.array(ARRAY_31, d -> ((ArrayNode) gridConfig(d).get("chunk_shape")).set(2, 0))
                .assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/configuration/chunk_shape/2");
    }

    @Test
    void chunkSizeBeyondIntRange() {
        fx.array(ARRAY_31, d -> ((ArrayNode) gridConfig(d).get("chunk_shape")).set(0, 1L << 40))
                .assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/configuration/chunk_shape/0");
    }

    @Test
    void chunkSizeNotAnInteger() {
        fx.array(ARRAY_31, d -> ((ArrayNode) gridConfig(d).get("chunk_shape")).set(0, "1"))
                .assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/configuration/chunk_shape/0");
    }

    @Test
    void unsupportedChunkGrid() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_grid")).put("name", "rectilinear"))
                .assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/name");
    }

    @Test
    void regularGridWithoutConfiguration() {
        fx.array(ARRAY_31, d -> d.put("chunk_grid", "regular")).assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/configuration");
    }

    @Test
    void regularGridWithoutChunkShape() {
        fx.array(ARRAY_31, d -> gridConfig(d).remove("chunk_shape"))
                .assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/configuration/chunk_shape");
    }

    @Test
    void regularGridWithUnexpectedConfigurationMember() {
        fx.array(ARRAY_31, d -> gridConfig(d).put("chunk_size", 3))
                .assertOnly("ZARR_CHUNK_GRID", "/chunk_grid/configuration/chunk_size");
    }

    @Test
    void badSeparator() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_key_encoding").get("configuration")).put("separator", "-"))
                .assertOnly("ZARR_CHUNK_KEY_ENCODING", "/chunk_key_encoding/configuration/separator");
    }

    @Test
    void unknownChunkKeyEncoding() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_key_encoding")).put("name", "v3"))
                .assertOnly("ZARR_CHUNK_KEY_ENCODING", "/chunk_key_encoding/name");
        fx.array(ARRAY_31, d -> d.put("chunk_key_encoding", "flat")).assertOnly("ZARR_CHUNK_KEY_ENCODING", "/chunk_key_encoding");
    }

    @Test
    void chunkKeyEncodingWithUnexpectedConfigurationMember() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_key_encoding").get("configuration")).put("prefix", "c"))
                .assertOnly("ZARR_CHUNK_KEY_ENCODING", "/chunk_key_encoding/configuration/prefix");
    }

    @Test
    void dimensionNamesOfWrongLength() {
        fx.array(ARRAY_30, d -> ((ArrayNode) d.get("dimension_names")).remove(4))
                .assertOnly("ZARR_DIMENSION_NAMES", "/dimension_names");
    }

    @Test
    void dimensionNameNeitherStringNorNull() {
        fx.array(ARRAY_30, d -> ((ArrayNode) d.get("dimension_names")).set(1, 1))
                .assertOnly("ZARR_DIMENSION_NAMES", "/dimension_names/1");
    }

    @Test
    void anyStorageTransformer() {
        fx.array(ARRAY_31, d -> ((ArrayNode) d.get("storage_transformers")).add(MetadataFixtures.parse("{\"name\": \"sharding\"}")))
                .assertOnly("ZARR_STORAGE_TRANSFORMERS", "/storage_transformers/0");
    }

    @Test
    void unknownMemberWithoutMustUnderstand() {
        fx.array(ARRAY_31, d -> d.put("compressor", "zstd")).assertOnly("ZARR_MUST_UNDERSTAND", "/compressor");
        fx.array(ARRAY_31, d -> d.putObject("my_ext")).assertOnly("ZARR_MUST_UNDERSTAND", "/my_ext");
        fx.group(GROUP, d -> d.putObject("my_ext").put("must_understand", true)).assertOnly("ZARR_MUST_UNDERSTAND", "/my_ext");
    }

    @Test
    void unknownMemberWithNonBooleanMustUnderstand() {
        fx.array(ARRAY_31, d -> d.putObject("my_ext").put("must_understand", "false"))
                .assertOnly("ZARR_MUST_UNDERSTAND", "/my_ext/must_understand");
    }

    @Test
    void unknownMemberNameIsEscapedInThePointer() {
        fx.array(ARRAY_31, d -> d.put("a/b~c", 1)).assertOnly("ZARR_MUST_UNDERSTAND", "/a~1b~0c");
    }

    @Test
    void mustUnderstandFalseCannotRelaxCoreExtensionPoints() {
        fx.array(ARRAY_31, d -> d.set("data_type", MetadataFixtures.parse("{\"name\": \"uint8\", \"must_understand\": false}")))
                .assertOnly("ZARR_MUST_UNDERSTAND", "/data_type/must_understand");
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_grid")).put("must_understand", false))
                .assertOnly("ZARR_MUST_UNDERSTAND", "/chunk_grid/must_understand");
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_key_encoding")).put("must_understand", false))
                .assertOnly("ZARR_MUST_UNDERSTAND", "/chunk_key_encoding/must_understand");
    }

    @Test
    void consolidatedMetadataNullIsAWarning() {
        MetadataFixtures.Result<ZarrGroupMetadata> r = fx.group(GROUP, d -> d.putNull("consolidated_metadata"))
                .assertOnly("ZARR_CONSOLIDATED_METADATA_NULL", "/consolidated_metadata");
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
        assertTrue(r.model().isPresent());
    }

    @Test
    void consolidatedMetadataObjectIsNotedAndAccepted() {
        MetadataFixtures.Result<ZarrGroupMetadata> r = fx.group(GROUP, d -> d.set("consolidated_metadata",
                MetadataFixtures.parse("{\"kind\": \"inline\", \"must_understand\": false, \"metadata\": {}}")))
                .assertOnly("ZARR_CONSOLIDATED_METADATA", "/consolidated_metadata");
        assertTrue(r.findings().get(0).severity() == Severity.INFO);
        assertTrue(r.model().isPresent());
    }

    @Test
    void consolidatedMetadataInAnArrayIsAnUnknownMember() {
        fx.array(ARRAY_31, d -> d.putNull("consolidated_metadata")).assertOnly("ZARR_MUST_UNDERSTAND", "/consolidated_metadata");
    }
}
