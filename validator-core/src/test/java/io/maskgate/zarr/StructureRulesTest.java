package io.maskgate.zarr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static io.maskgate.zarr.MetadataFixtures.ARRAY_31;
import static io.maskgate.zarr.MetadataFixtures.ARRAY_SHARDED;
import static io.maskgate.zarr.MetadataFixtures.GROUP;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema layer: required members, member types, attributes type. */
class StructureRulesTest {

    @TempDir
    Path tmp;
    MetadataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MetadataFixtures(tmp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zarr_format", "shape", "data_type", "chunk_grid", "chunk_key_encoding", "fill_value", "codecs"})
    void eachRequiredArrayMember(String member) {
        Finding f = fx.array(ARRAY_31, d -> d.remove(member)).assertOnly("ZARR_REQUIRED_KEY", "/" + member).findings().get(0);
        assertTrue(f.message().contains(member), f.message());
    }

    @Test
    void missingNodeTypeIsReportedAndTheExpectedKindIsValidated() {
        fx.array(ARRAY_31, d -> d.remove("node_type")).assertOnly("ZARR_REQUIRED_KEY", "/node_type");
        fx.group(GROUP, d -> d.remove("node_type")).assertOnly("ZARR_REQUIRED_KEY", "/node_type");
    }

    @Test
    void requiredGroupMember() {
        fx.group(GROUP, d -> d.remove("zarr_format")).assertOnly("ZARR_REQUIRED_KEY", "/zarr_format");
    }

    @Test
    void extensionObjectWithoutName() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("codecs").get(1)).remove("name"))
                .assertOnly("ZARR_REQUIRED_KEY", "/codecs/1/name");
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_grid")).remove("name"))
                .assertOnly("ZARR_REQUIRED_KEY", "/chunk_grid/name");
    }

    @Test
    void nestedShardingCodecWithoutName() {
        fx.array(ARRAY_SHARDED, d -> ((ObjectNode) d.get("codecs").get(0).get("configuration").get("index_codecs").get(1))
                .remove("name")).assertOnly("ZARR_REQUIRED_KEY", "/codecs/0/configuration/index_codecs/1/name");
    }

    @Test
    void zarrFormatAsString() {
        fx.array(ARRAY_31, d -> d.put("zarr_format", "3")).assertOnly("ZARR_WRONG_TYPE", "/zarr_format");
    }

    @Test
    void zarrFormatAsFloat() {
        fx.array(ARRAY_31.replace("\"zarr_format\": 3", "\"zarr_format\": 3.0")).assertOnly("ZARR_WRONG_TYPE", "/zarr_format");
    }

    @Test
    void nodeTypeAsNumber() {
        fx.array(ARRAY_31, d -> d.put("node_type", 1)).assertOnly("ZARR_WRONG_TYPE", "/node_type");
    }

    @Test
    void shapeAsNumber() {
        fx.array(ARRAY_31, d -> d.put("shape", 17)).assertOnly("ZARR_WRONG_TYPE", "/shape");
    }

    @Test
    void dataTypeAsNumberGivesOneFindingForTwoAlternatives() {
        Finding f = fx.array(ARRAY_31, d -> d.put("data_type", 8)).assertOnly("ZARR_WRONG_TYPE", "/data_type").findings().get(0);
        assertTrue(f.message().contains("must be a string or an object, found integer 8"), f.message());
    }

    @Test
    void codecsAsObject() {
        fx.array(ARRAY_31, d -> d.putObject("codecs")).assertOnly("ZARR_WRONG_TYPE", "/codecs");
    }

    @Test
    void codecEntryAsNumber() {
        fx.array(ARRAY_31, d -> ((ArrayNode) d.get("codecs")).set(1, 5)).assertOnly("ZARR_WRONG_TYPE", "/codecs/1");
    }

    @Test
    void codecConfigurationAsArray() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("codecs").get(1)).putArray("configuration"))
                .assertOnly("ZARR_WRONG_TYPE", "/codecs/1/configuration");
    }

    @Test
    void codecNameAsNumber() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("codecs").get(1)).put("name", 7)).assertOnly("ZARR_WRONG_TYPE", "/codecs/1/name");
    }

    @Test
    void mustUnderstandAsString() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("codecs").get(1)).put("must_understand", "no"))
                .assertOnly("ZARR_WRONG_TYPE", "/codecs/1/must_understand");
    }

    @Test
    void chunkGridConfigurationAsArray() {
        fx.array(ARRAY_31, d -> ((ObjectNode) d.get("chunk_grid")).putArray("configuration"))
                .assertOnly("ZARR_WRONG_TYPE", "/chunk_grid/configuration");
    }

    @Test
    void nestedCodecListAsNumber() {
        fx.array(ARRAY_SHARDED, d -> ((ObjectNode) d.get("codecs").get(0).get("configuration")).put("codecs", 1))
                .assertOnly("ZARR_WRONG_TYPE", "/codecs/0/configuration/codecs");
    }

    @Test
    void storageTransformersAsObject() {
        fx.array(ARRAY_31, d -> d.putObject("storage_transformers")).assertOnly("ZARR_WRONG_TYPE", "/storage_transformers");
    }

    @Test
    void dimensionNamesAsString() {
        fx.array(ARRAY_31, d -> d.put("dimension_names", "hypothesis,trench")).assertOnly("ZARR_WRONG_TYPE", "/dimension_names");
    }

    @Test
    void consolidatedMetadataAsString() {
        fx.group(GROUP, d -> d.put("consolidated_metadata", "yes")).assertOnly("ZARR_WRONG_TYPE", "/consolidated_metadata");
    }

    @Test
    void arrayAttributesAsArray() {
        fx.array(ARRAY_31, d -> d.putArray("attributes")).assertOnly("ZARR_ATTRIBUTES_TYPE", "/attributes");
    }

    @Test
    void groupAttributesAsString() {
        fx.group(GROUP, d -> d.put("attributes", "{}")).assertOnly("ZARR_ATTRIBUTES_TYPE", "/attributes");
    }

    @Test
    void groupWithBrokenAttributesGivesNoModel() {
        MetadataFixtures.Result<ZarrGroupMetadata> r = fx.group(GROUP, d -> d.put("attributes", 1));
        assertTrue(r.model().isEmpty());
    }
}
