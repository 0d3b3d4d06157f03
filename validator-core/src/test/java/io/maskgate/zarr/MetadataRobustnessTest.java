package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.maskgate.zarr.MetadataFixtures.ARRAY_30;
import static io.maskgate.zarr.MetadataFixtures.ARRAY_31;
import static io.maskgate.zarr.MetadataFixtures.ARRAY_SHARDED;
import static io.maskgate.zarr.MetadataFixtures.GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Large, hostile and randomly broken documents: findings or a model, never an exception or a duplicate. */
class MetadataRobustnessTest {

    @TempDir
    Path tmp;
    MetadataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MetadataFixtures(tmp);
    }

    @Test
    void fiftyMegabyteAttributeBlobIsParsed() throws IOException {
        int blobChars = 50 * 1024 * 1024;
        Path file = Files.createDirectories(tmp.resolve("big")).resolve("zarr.json");
        String head = ARRAY_31.substring(0, ARRAY_31.lastIndexOf('}'));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head);
            w.write(", \"blob_holder\": {\"must_understand\": false}, \"attributes_extra\": {\"must_understand\": false, \"blob\": \"");
            char[] chunk = "0123456789abcdef".repeat(4096).toCharArray();
            for (int written = 0; written < blobChars; written += chunk.length) {
                w.write(chunk);
            }
            w.write("\"}}");
        }
        assertTrue(Files.size(file) > 50_000_000L);
        // beyond the 16 MiB default (a finding), parsed once the limit is raised, as with --max-document-size 64MiB
        fx.array(file).assertOnly("ZARR_METADATA_TOO_LARGE", null);
        ZarrArrayMetadata m = new MetadataFixtures(tmp, new ZarrMetadataReader(64L << 20)).array(file).assertClean().get();
        assertEquals(blobChars, m.document().get("attributes_extra").get("blob").textValue().length());
    }

    @Test
    void largeNestedAttributesAreParsed() throws IOException {
        Path file = Files.createDirectories(tmp.resolve("nested")).resolve("zarr.json");
        String head = MetadataFixtures.GROUP.substring(0, MetadataFixtures.GROUP.indexOf("\"attributes\": {") + "\"attributes\": {".length());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head);
            w.write("\"trench_mapping\": [");
            for (int i = 0; i < 60_000; i++) {
                w.write((i == 0 ? "" : ",") + "{\"trench_id\": " + i + ", \"fov\": \"XYPos:" + i / 100 + "\", \"lane_index\": 0, "
                        + "\"x_left\": 4, \"x_right\": 38, \"y_top\": 446, \"y_bottom\": 610, \"orientation\": -1, \"needs_flip\": true}");
            }
            w.write("]}, \"zarr_format\": 3, \"node_type\": \"group\"}");
        }
        ZarrGroupMetadata g = fx.group(file).assertClean().get();
        assertEquals(60_000, g.attributes().get("trench_mapping").size());
    }

    @Test
    void wrongTypesEverywhereGiveOneFindingEach() {
        MetadataFixtures.Result<ZarrArrayMetadata> r = fx.array("""
                {"zarr_format": "3", "node_type": "array", "shape": "17x2795", "data_type": 1, "chunk_grid": [],
                 "chunk_key_encoding": 2, "fill_value": 0, "codecs": {}, "attributes": [], "dimension_names": 3,
                 "storage_transformers": {}}
                """);
        assertEquals(List.of("ZARR_ATTRIBUTES_TYPE@/attributes", "ZARR_WRONG_TYPE@/chunk_grid", "ZARR_WRONG_TYPE@/chunk_key_encoding",
                        "ZARR_WRONG_TYPE@/codecs", "ZARR_WRONG_TYPE@/data_type", "ZARR_WRONG_TYPE@/dimension_names",
                        "ZARR_WRONG_TYPE@/shape", "ZARR_WRONG_TYPE@/storage_transformers", "ZARR_WRONG_TYPE@/zarr_format"),
                r.findings().stream().map(f -> f.code() + "@" + f.location().pointer()).sorted().toList());
        assertTrue(r.model().isEmpty());
    }

    @Test
    void emptyObjectReportsEveryRequiredMember() {
        MetadataFixtures.Result<ZarrArrayMetadata> r = fx.array("{}");
        assertEquals(List.of("/chunk_grid", "/chunk_key_encoding", "/codecs", "/data_type", "/fill_value", "/node_type", "/shape",
                "/zarr_format"), r.findings().stream().map(f -> f.location().pointer()).sorted().toList());
        assertTrue(r.findings().stream().allMatch(f -> f.code().equals("ZARR_REQUIRED_KEY")));
    }

    @Test
    void hugeNumbersAreFindingsNotOverflows() {
        String big = BigInteger.TEN.pow(400).toString();
        MetadataFixtures.Result<ZarrArrayMetadata> r = fx.array(ARRAY_31
                .replace("[17, 2795,", "[" + big + ", 2795,")
                .replace("\"level\": 0", "\"level\": " + big)
                .replace("\"fill_value\": 0", "\"fill_value\": -" + big));
        assertEquals(List.of("ZARR_CODEC_CONFIG@/codecs/1/configuration/level", "ZARR_FILL_VALUE_RANGE@/fill_value",
                "ZARR_SHAPE@/shape/0"), r.findings().stream().map(f -> f.code() + "@" + f.location().pointer()).sorted().toList());
    }

    @Test
    void deeplyNestedShardingIsHandled() {
        String inner = "[{\"name\": \"bytes\"}]";
        for (int i = 0; i < 150; i++) {
            inner = "[{\"name\": \"sharding_indexed\", \"configuration\": {\"chunk_shape\": [1], \"codecs\": " + inner
                    + ", \"index_codecs\": [{\"name\": \"bytes\", \"configuration\": {\"endian\": \"little\"}}]}}]";
        }
        String doc = "{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": [8], \"data_type\": \"uint8\", "
                + "\"chunk_grid\": {\"name\": \"regular\", \"configuration\": {\"chunk_shape\": [8]}}, "
                + "\"chunk_key_encoding\": \"default\", \"fill_value\": 0, \"codecs\": " + inner + "}";
        fx.array(doc).assertClean();
    }

    private static final Set<String> NON_BLOCKING = Set.of("dimension_names");

    @ParameterizedTest
    @ValueSource(strings = {"array31", "array30", "sharded", "group"})
    void randomlyBrokenDocumentsKeepTheInvariants(String which) {
        String base = switch (which) {
            case "array31" -> ARRAY_31;
            case "array30" -> ARRAY_30;
            case "sharded" -> ARRAY_SHARDED;
            default -> GROUP;
        };
        boolean group = which.equals("group");
        int withModel = 0;
        Set<String> codes = new java.util.TreeSet<>();
        for (int seed = 0; seed < 250; seed++) {
            Random random = new Random(seed * 31L + which.hashCode());
            ObjectNode doc = MetadataFixtures.parse(base);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                mutate(doc, random);
            }
            MetadataFixtures.Result<?> r = group ? fx.group(doc.toString()) : fx.array(doc);
            String context = "seed " + seed + " document " + doc + "\n" + MetadataFixtures.describe(r.findings());
            Set<String> pointers = new HashSet<>();
            boolean blocking = false;
            for (Finding f : r.findings()) {
                assertNotNull(f.location().pointer(), context);
                assertTrue(pointers.add(f.location().pointer()), () -> "two findings at one pointer, " + context);
                String member = JsonPointers.topMember(f.location().pointer());
                boolean known = (group ? MetadataSchema.GROUP_MEMBERS : MetadataSchema.ARRAY_MEMBERS).contains(member);
                blocking |= f.severity() == Severity.ERROR && ((known && !NON_BLOCKING.contains(member)) || member.isEmpty());
            }
            if (r.model().isPresent() == blocking) {
                fail((blocking ? "model despite a blocking error, " : "no model and no blocking error, ") + context);
            }
            withModel += r.model().isPresent() ? 1 : 0;
            r.findings().forEach(f -> codes.add(f.code()));
        }
        // the mutations must exercise both outcomes and many rules, or this test proves nothing
        assertTrue(withModel > 10 && withModel < 240, "documents still usable: " + withModel);
        assertTrue(codes.size() >= (group ? 4 : 10), "codes seen: " + codes);
    }

    private static final List<JsonNode> VALUES = List.of(
            JsonNodeFactory.instance.numberNode(0), JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.numberNode(300), JsonNodeFactory.instance.numberNode(1.5),
            JsonNodeFactory.instance.numberNode(BigInteger.TWO.pow(70)), JsonNodeFactory.instance.textNode("x"),
            JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("bytes"),
            JsonNodeFactory.instance.textNode("group"), JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.objectNode(), MetadataFixtures.parse("{\"v\": [1, 2]}").get("v"),
            MetadataFixtures.parse("{\"name\": \"x\"}"), MetadataFixtures.parse("{\"must_understand\": false}"));

    /** Replaces, removes or adds one value somewhere in the document. */
    private static void mutate(ObjectNode doc, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int action = random.nextInt(4);
            if (names.isEmpty() || action == 0) {
                object.set(random.nextBoolean() ? "extra" : "must_understand", value);
            } else if (action == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), value);
            }
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextInt(4) == 0) {
                array.add(value);
            } else if (random.nextInt(3) == 0) {
                array.remove(random.nextInt(array.size()));
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (!node.isContainerNode()) {
            return;
        }
        out.add(node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                collect(it.next().getValue(), out);
            }
        } else {
            for (JsonNode child : node) {
                collect(child, out);
            }
        }
    }
}
