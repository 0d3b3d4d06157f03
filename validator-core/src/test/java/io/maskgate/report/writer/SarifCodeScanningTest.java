package io.maskgate.report.writer;

import io.maskgate.findings.Summary;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaValidator;
import io.maskgate.report.Report;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SARIF as GitHub code scanning takes it: the official schema, plus GitHub's documented requirements checked as
 * assertions on every result (a rule for every ruleId, a message, one to ten locations with a relative URI under a
 * declared base and a region with a start line, stable partial fingerprints, at most 25,000 results per run).
 */
class SarifCodeScanningTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SchemaValidator officialSchema;

    @BeforeAll
    static void loadOfficialSchema() throws IOException {
        try (InputStream in = SarifCodeScanningTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            officialSchema = JsonSchemas.fromStream(in);
        }
    }

    private static JsonNode sarif(Report report, Path sourceRoot) throws IOException {
        return MAPPER.readTree(WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.SARIF,
                ReportStyle.defaults().withSourceRoot(sourceRoot)), report));
    }

    private static Report report(Path target, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return new Report(Report.REPORT_VERSION, new Report.Tool("maskgate", "t"),
                new Report.Target(target.toString(), "zarr-mask-store", ""), Map.of(), Summary.of(sorted), sorted,
                List.of(), List.of());
    }

    private static List<Finding> findings(String message) {
        List<Finding> f = new ArrayList<>();
        f.add(new Finding("ZARR_CHUNK_CORRUPT", Severity.ERROR, Category.ZARR_CHUNKS, "data/c/1/12/0/0/0",
                Location.mask(1, null, 12, null, null), message, ""));
        f.add(new Finding("ZARR_CHUNK_CORRUPT", Severity.ERROR, Category.ZARR_CHUNKS, "data/c/1/3/0/0/0",
                Location.mask(1, null, 3, null, null), message, ""));
        f.add(new Finding("STORE_TRENCH_BOUNDS", Severity.ERROR, Category.STORE_METADATA, "zarr.json",
                Location.pointer("/attributes/trench_mapping/0/y_top"), message, ""));
        f.add(new Finding("STORE_TRENCH_BOUNDS", Severity.ERROR, Category.STORE_METADATA, "zarr.json",
                Location.pointer("/attributes/trench_mapping/3/y_top"), message, ""));
        f.add(new Finding("OBJECTS_VALUE_FLOAT", Severity.WARNING, Category.OBJECTS_TABLE, "objects.tsv",
                Location.cell(17, 4), message, ""));
        f.add(new Finding("INPUT_UNRECOGNISED_TARGET", Severity.INFO, Category.INPUT, "", Location.NONE, message, ""));
        return f;
    }

    /** A git work tree with the store in a sub-folder; skipped without git. */
    private static Path repository(Path dir) throws Exception {
        Process p = new ProcessBuilder("git", "init", "-q", dir.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "git is needed");
        Path store = Files.createDirectories(dir.resolve("data sets/masks.zarr"));
        Files.writeString(store.resolve("zarr.json"), "{}");
        return store;
    }

    @Test
    void urisAreRelativeToTheRepositoryRootFoundWithGit(@TempDir Path dir) throws Exception {
        Path store = repository(dir);
        Path root = SourceRoot.resolve(null, store, null);
        assertEquals(dir.toRealPath(), root);
        JsonNode doc = sarif(report(store, findings("m")), root);
        assertEquals(List.of(), officialSchema.validate(doc));
        checkGitHubRequirements(doc);
        JsonNode run = doc.at("/runs/0");
        assertEquals(dir.toRealPath().toUri().toASCIIString(), run.at("/originalUriBaseIds/SRCROOT/uri").asText());
        Set<String> uris = new HashSet<>();
        List<String> chunks = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            uris.add(uri);
            if (r.get("ruleId").asText().equals("ZARR_CHUNK_CORRUPT")) {
                chunks.add(uri);
            }
        }
        assertEquals(List.of("data%20sets/masks.zarr/data/c/1/3/0/0/0", "data%20sets/masks.zarr/data/c/1/12/0/0/0"), chunks,
                "numeric order");
        assertEquals(Set.of("data%20sets/masks.zarr/data/c/1/3/0/0/0", "data%20sets/masks.zarr/data/c/1/12/0/0/0",
                "data%20sets/masks.zarr/zarr.json", "data%20sets/masks.zarr/objects.tsv", "data%20sets/masks.zarr/"), uris);
    }

    @Test
    void anExplicitBaseWinsAndATargetOutsideItKeepsItsOwnFolder(@TempDir Path dir) throws Exception {
        Path store = repository(dir);
        Path explicit = dir.resolve("data sets");
        assertEquals(explicit, SourceRoot.resolve(explicit, store, null));
        JsonNode doc = sarif(report(store, findings("m")), explicit);
        assertEquals("masks.zarr/zarr.json", result(doc, "STORE_TRENCH_BOUNDS").at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        Path elsewhere = Files.createDirectories(dir.resolve("other"));
        JsonNode outside = sarif(report(store, findings("m")), elsewhere);
        assertEquals("zarr.json", result(outside, "STORE_TRENCH_BOUNDS").at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        checkGitHubRequirements(outside);
    }

    @Test
    void withoutGitTheFallbackFolderIsTheBaseWhenItHoldsTheTarget(@TempDir Path dir) throws IOException {
        Path store = Files.createDirectories(dir.resolve("project/masks.zarr"));
        Assumptions.assumeTrue(SourceRoot.gitTopLevel(store).isEmpty(), "the temporary folder is inside a git work tree");
        assertEquals(dir.resolve("project"), SourceRoot.resolve(null, store, dir.resolve("project")));
        assertEquals(null, SourceRoot.resolve(null, store, dir.resolve("elsewhere")));
        assertEquals(null, SourceRoot.resolve(null, dir.resolve("missing"), null));
    }

    @Test
    void everyResultHasARegionAndFingerprintsAreStablePerRuleFileAndPlace(@TempDir Path dir) throws Exception {
        Path store = repository(dir);
        Path root = SourceRoot.resolve(null, store, null);
        JsonNode first = sarif(report(store, findings("first wording")), root);
        List<Finding> more = findings("second wording");
        more.add(new Finding("ZARR_CHUNK_CORRUPT", Severity.ERROR, Category.ZARR_CHUNKS, "data/c/1/12/0/0/0",
                Location.mask(1, null, 12, 4, null), "another finding in the same chunk", ""));
        JsonNode second = sarif(report(store, more), root);
        assertEquals(fingerprints(first), fingerprints(second), "messages and counts do not change the identity");
        assertEquals(6, fingerprints(first).size(), "one result per rule, file and place: " + fingerprints(first));

        JsonNode table = result(first, "OBJECTS_VALUE_FLOAT");
        assertEquals(17, table.at("/locations/0/physicalLocation/region/startLine").asInt(), "the table row");
        JsonNode metadata = result(first, "STORE_TRENCH_BOUNDS");
        assertEquals(1, metadata.at("/locations/0/physicalLocation/region/startLine").asInt(), "whole file: line 1");

        Path moved = Files.createDirectories(dir.resolve("elsewhere/masks.zarr"));
        JsonNode other = sarif(report(moved, findings("first wording")), root);
        assertNotEquals(fingerprints(first), fingerprints(other), "another file in the repository is another result");
    }

    /** GitHub's documented requirements for uploaded SARIF, on every result. */
    static void checkGitHubRequirements(JsonNode doc) {
        assertEquals("2.1.0", doc.get("version").asText());
        for (JsonNode run : doc.get("runs")) {
            assertFalse(run.at("/tool/driver/name").asText().isEmpty());
            Set<String> ruleIds = new HashSet<>();
            for (JsonNode rule : run.at("/tool/driver/rules")) {
                assertTrue(ruleIds.add(rule.get("id").asText()), "rule ids are unique");
                assertFalse(rule.at("/shortDescription/text").asText().isEmpty(), rule.toString());
                assertTrue(rule.at("/properties/tags").size() <= 20, "at most 20 tags");
            }
            Set<String> bases = new HashSet<>();
            run.path("originalUriBaseIds").fieldNames().forEachRemaining(bases::add);
            JsonNode results = run.get("results");
            assertTrue(results.size() <= SarifReportWriter.GITHUB_MAX_RESULTS);
            Set<String> fingerprints = new HashSet<>();
            for (JsonNode r : results) {
                assertTrue(ruleIds.contains(r.get("ruleId").asText()), r.toString());
                assertEquals(r.get("ruleId").asText(), run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText());
                assertTrue(List.of("error", "warning", "note", "none").contains(r.get("level").asText()));
                assertFalse(r.at("/message/text").asText().isEmpty(), r.toString());
                JsonNode locations = r.get("locations");
                assertTrue(locations.size() >= 1 && locations.size() <= 10, r.toString());
                for (JsonNode l : locations) {
                    JsonNode artifact = l.at("/physicalLocation/artifactLocation");
                    URI uri = URI.create(artifact.get("uri").asText());
                    assertFalse(uri.isAbsolute(), "relative URI: " + uri);
                    assertFalse(uri.getPath().startsWith("/"), "relative path: " + uri);
                    assertTrue(bases.contains(artifact.get("uriBaseId").asText()), "declared base: " + artifact);
                    assertTrue(l.at("/physicalLocation/region/startLine").asInt() >= 1, "region.startLine: " + l);
                }
                JsonNode fp = r.get("partialFingerprints");
                assertTrue(fp != null && fp.size() > 0, "partialFingerprints: " + r);
                assertTrue(fingerprints.add(fp.toString()), "unique per result: " + fp);
            }
        }
    }

    private static Set<String> fingerprints(JsonNode doc) {
        Set<String> out = new HashSet<>();
        for (JsonNode r : doc.at("/runs/0/results")) {
            out.add(r.get("ruleId").asText() + " " + r.at("/partialFingerprints/" + jsonPointerKey(SarifReportWriter.FINGERPRINT)).asText());
        }
        return out;
    }

    private static String jsonPointerKey(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode result(JsonNode doc, String ruleId) {
        for (JsonNode r : doc.at("/runs/0/results")) {
            if (r.get("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result " + ruleId);
    }
}
