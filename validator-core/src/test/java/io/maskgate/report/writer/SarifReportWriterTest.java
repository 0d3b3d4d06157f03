package io.maskgate.report.writer;

import io.maskgate.engine.Areas;
import io.maskgate.findings.Summary;
import io.maskgate.report.Report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaValidator;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SchemaValidator officialSchema;

    @BeforeAll
    static void loadOfficialSchema() throws IOException {
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            officialSchema = JsonSchemas.fromStream(in);
        }
    }

    private static JsonNode sarif(ReportWriter writer, Report report) throws IOException {
        return MAPPER.readTree(WriterOutput.bytes(writer, report));
    }

    private static JsonNode sarif(Report report) throws IOException {
        return sarif(ReportWriters.forFormat(ReportFormat.SARIF, ReportStyle.defaults()), report);
    }

    @Test
    void validatesAgainstTheOfficialSchema() throws IOException {
        assertEquals(List.of(), officialSchema.validate(sarif(SampleReports.mixed())));
        assertEquals(List.of(), officialSchema.validate(sarif(SampleReports.clean())));
    }

    @Test
    void theOfficialSchemaIsReallyChecking() throws IOException {
        ObjectNode doc = (ObjectNode) sarif(SampleReports.mixed());
        ((ObjectNode) doc.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) doc.at("/runs/0/results/1")).remove("message");
        List<String> pointers = officialSchema.validate(doc).stream().map(v -> v.pointer()).toList();
        assertTrue(pointers.contains("/runs/0/results/0/level"), pointers.toString());
        assertTrue(pointers.contains("/runs/0/results/1"), pointers.toString());
    }

    @Test
    void describesTheToolAndEveryRule() throws IOException {
        JsonNode run = sarif(SampleReports.mixed()).at("/runs/0");
        assertEquals("2.1.0", sarif(SampleReports.mixed()).get("version").asText());
        JsonNode driver = run.at("/tool/driver");
        assertEquals("maskgate", driver.get("name").asText());
        assertEquals("0.1.0-test", driver.get("version").asText());
        assertEquals(SarifReportWriter.INFORMATION_URI, driver.get("informationUri").asText());
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : driver.get("rules")) {
            ids.add(rule.get("id").asText());
        }
        Areas.ruleCatalog().all().forEach(m -> assertTrue(ids.contains(m.code()), m.code()));
        JsonNode known = rule(driver, "INPUT_UNRECOGNISED_TARGET");
        assertTrue(known.at("/shortDescription/text").asText().startsWith("The target must be"));
        assertEquals("error", known.at("/defaultConfiguration/level").asText());
        assertFalse(known.at("/help/text").asText().isEmpty());
        assertTrue(ids.contains("LABEL_TOUCHES_BORDER"), "codes outside the catalogue still get a descriptor");
        for (JsonNode result : run.get("results")) {
            assertEquals(result.get("ruleId").asText(), driver.at("/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
        }
        assertTrue(run.at("/originalUriBaseIds/SRCROOT/uri").asText().startsWith("file:/"));
        assertTrue(run.at("/originalUriBaseIds/SRCROOT/uri").asText().endsWith("/data/store.zarr/"));
        assertEquals("mask-store", run.at("/properties/profile").asText());
        assertEquals(SampleReports.PROFILE.reason(), run.at("/properties/profileReason").asText());
    }

    @Test
    void aggregatesOneResultPerRuleAndFile() throws IOException {
        Report report = SampleReports.many(50, 4);
        JsonNode run = sarif(report).at("/runs/0");
        JsonNode results = run.get("results");
        assertEquals(4, results.size());
        long total = 0;
        for (JsonNode r : results) {
            total += r.at("/properties/count").asLong();
            assertEquals(1, r.get("locations").size());
            assertEquals("SRCROOT", r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
            assertEquals("warning", r.get("level").asText());
        }
        assertEquals(50, total);
        JsonNode first = results.get(0);
        assertEquals("masks/0/c", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        String message = first.at("/message/text").asText();
        assertTrue(message.startsWith("13 findings: hypothesis 0, trench 0, time 0, label 1: finding 0; "), message);
        assertTrue(message.endsWith(" (10 more)"), message);
        assertEquals(10, first.at("/properties/examples").size());
        assertEquals(List.of(), officialSchema.validate(sarif(report)));
    }

    @Test
    void locationsCarryRegionsForTableRowsAndCoordinatesAsProperties() throws IOException {
        JsonNode results = sarif(SampleReports.mixed()).at("/runs/0/results");
        JsonNode objects = result(results, "OBJECTS_BAD_VALUE");
        assertEquals(5, objects.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(3, objects.at("/locations/0/properties/column").asInt());
        assertEquals("objects.tsv", objects.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("note", objects.get("level").asText());

        JsonNode zarr = result(results, "ZARR_FILL_VALUE_RANGE");
        assertEquals(1, zarr.at("/locations/0/physicalLocation/region/startLine").asInt(), "whole-file findings: line 1");
        assertEquals("/fill_value", zarr.at("/locations/0/logicalLocations/0/name").asText());
        assertEquals("zarr.json#/fill_value", zarr.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
        assertEquals("/fill_value: " + SampleReports.MESSY, zarr.at("/message/text").asText());

        JsonNode pixel = result(results, "OMETIFF_PIXEL_RANGE");
        assertEquals("image%20with%20space.ome.tiff", pixel.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(20, pixel.at("/locations/0/properties/y").asInt());

        JsonNode target = result(results, "INPUT_UNRECOGNISED_TARGET");
        assertEquals("./", target.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void aggregatesHarderAndSaysSoWhenResultsWouldExceedTheLimit() throws IOException {
        // 40 files "masks/<i>/c" in 40 folders: per folder still gives 40 results, more than 39
        Report report = SampleReports.many(40, 40);
        assertEquals(1, sarif(new SarifReportWriter(new RuleLookup(Areas.ruleCatalog()), 39, null), report).at("/runs/0/results").size());
        assertEquals(40, sarif(new SarifReportWriter(new RuleLookup(Areas.ruleCatalog()), 40, null), report).at("/runs/0/results").size());
        JsonNode byRule = sarif(new SarifReportWriter(new RuleLookup(Areas.ruleCatalog()), 10, null), report).at("/runs/0");
        assertEquals(1, byRule.get("results").size());
        assertEquals(40, byRule.at("/results/0/properties/count").asLong());
        assertEquals("per rule", byRule.at("/properties/aggregation").asText());
        assertEquals("./", byRule.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        String note = byRule.at("/invocations/0/toolExecutionNotifications/0/message/text").asText();
        assertTrue(note.contains("aggregated per rule into 1 results"), note);
        assertEquals(List.of(), officialSchema.validate(sarif(new SarifReportWriter(new RuleLookup(Areas.ruleCatalog()), 10, null), report)));

        List<Finding> f = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            f.add(new Finding("LABEL_X", Severity.ERROR, Category.LABELS, "h" + (i % 3) + "/c/" + i, Location.NONE, "m", ""));
        }
        f.sort(Finding.ORDER);
        JsonNode folders = sarif(new SarifReportWriter(new RuleLookup(Areas.ruleCatalog()), 5, null),
                SampleReports.report(f, List.of(), List.of(), Map.of())).at("/runs/0");
        assertEquals(3, folders.get("results").size());
        assertEquals("per rule and folder", folders.at("/properties/aggregation").asText());
        assertEquals("h0/c/", folders.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void withinTheLimitNothingIsSaidAboutAggregation() throws IOException {
        JsonNode run = sarif(SampleReports.mixed()).at("/runs/0");
        assertEquals("per rule, file and place", run.at("/properties/aggregation").asText());
        assertTrue(run.at("/invocations/0/toolExecutionNotifications").isMissingNode());
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
    }

    @Test
    void singleFileTargetsPointAtTheFile(@TempDir Path dir) throws IOException {
        Path tiff = Files.createFile(dir.resolve("zelle ü.ome.tiff"));
        Finding f = new Finding("OMETIFF_X", Severity.ERROR, Category.OME_TIFF, "", Location.pixel(0, 0, 1L, 2L), "bad", "");
        Report report = new Report(Report.REPORT_VERSION, new Report.Tool("maskgate", "t"),
                new Report.Target(tiff.toString(), "ome-tiff", ""), Map.of(), Summary.of(List.of(f)), List.of(f), List.of(), List.of());
        JsonNode run = sarif(report).at("/runs/0");
        assertEquals("zelle%20%C3%BC.ome.tiff", run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(dir.toUri().toASCIIString(), run.at("/originalUriBaseIds/SRCROOT/uri").asText());
        assertEquals(List.of(), officialSchema.validate(sarif(report)));
    }

    @Test
    void uriEncoding() {
        assertEquals("a%20b/%C3%BC/c:d", SarifReportWriter.encodePath("a b/ü/c:d"));
        assertEquals("%3A/x", SarifReportWriter.encodePath(":/x"));
        assertEquals("%25%23%3F", SarifReportWriter.encodePath("%#?"));
    }

    @Test
    void outputIsDeterministic() {
        ReportWriter w = ReportWriters.forFormat(ReportFormat.SARIF, ReportStyle.defaults());
        assertEquals(WriterOutput.text(w, SampleReports.mixed()), WriterOutput.text(w, SampleReports.mixed()));
    }

    private static JsonNode rule(JsonNode driver, String id) {
        for (JsonNode r : driver.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static JsonNode result(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result " + ruleId);
    }
}
