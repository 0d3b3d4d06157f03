package io.maskgate.report.writer;

import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaValidator;
import io.maskgate.json.SchemaViolation;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaValidator SCHEMA = JsonSchemas.load("maskgate-report.schema.json");

    private static JsonNode json(Report report) throws IOException {
        return MAPPER.readTree(WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.JSON, ReportStyle.defaults()), report));
    }

    @Test
    void validatesAgainstThePublishedSchema() throws IOException {
        assertEquals(List.of(), SCHEMA.validate(json(SampleReports.mixed())));
        assertEquals(List.of(), SCHEMA.validate(json(SampleReports.clean())));
    }

    @Test
    void schemaIsStrict() throws IOException {
        ObjectNode doc = (ObjectNode) json(SampleReports.mixed());
        ((ObjectNode) doc.get("findings").get(0)).put("severity", "fatal");
        ((ObjectNode) doc.get("findings").get(1).get("location")).put("cell", "C5");
        doc.put("extra", 1);
        List<SchemaViolation> violations = SCHEMA.validate(doc);
        List<String> pointers = violations.stream().map(SchemaViolation::pointer).toList();
        assertTrue(pointers.contains("/findings/0/severity"), violations.toString());
        assertTrue(pointers.contains("/findings/1/location"), violations.toString());
        assertTrue(pointers.contains(""), violations.toString());
    }

    @Test
    void everyCategoryFitsTheSchema() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (Category c : Category.values()) {
            findings.add(new Finding("INPUT_X", Severity.INFO, c, "f", Location.NONE, "m", ""));
        }
        Report r = SampleReports.report(findings, List.of(), List.of(), Map.of());
        assertEquals(List.of(), SCHEMA.validate(json(r)));
    }

    @Test
    void roundTripsTheKeyFacts() throws IOException {
        JsonNode doc = json(SampleReports.mixed());
        assertEquals(Report.REPORT_VERSION, doc.get("reportVersion").asText());
        assertEquals("maskgate", doc.at("/tool/name").asText());
        assertEquals(SampleReports.TARGET, doc.at("/target/path").asText());
        assertEquals("profile v1", doc.at("/target/detail").asText());
        assertFalse(doc.at("/options/metadataOnly").asBoolean());
        assertEquals(2, doc.at("/summary/errors").asLong());
        assertEquals(11, doc.at("/summary/warnings").asLong());
        assertEquals(2, doc.at("/summary/infos").asLong());
        assertEquals(15, doc.at("/summary/total").asLong());
        assertEquals(10, doc.at("/summary/byCode/LABEL_TOUCHES_BORDER").asLong());
        assertEquals(15, doc.get("findings").size());

        JsonNode root = doc.at("/findings/0");
        assertEquals("INPUT_UNRECOGNISED_TARGET", root.get("code").asText());
        assertEquals("error", root.get("severity").asText());
        assertEquals("input", root.get("category").asText());
        assertEquals("", root.get("file").asText());
        assertEquals(0, root.get("location").size());

        JsonNode mask = find(doc, "LABEL_TOUCHES_BORDER");
        assertEquals(List.of("hypothesis", "epoch", "trench", "time", "label"), fieldNames(mask.get("location")));
        assertEquals(800, mask.at("/location/epoch").asInt());
        assertEquals("label touches the trench border (Zelle überlappt)", mask.get("message").asText());

        JsonNode cell = find(doc, "OBJECTS_BAD_VALUE");
        assertEquals(List.of("row", "column"), fieldNames(cell.get("location")));
        assertEquals(5, cell.at("/location/row").asInt());

        JsonNode pixel = find(doc, "OMETIFF_PIXEL_RANGE");
        assertEquals(List.of("channel", "plane", "x", "y"), fieldNames(pixel.get("location")));
        assertEquals("escape \u001b[31m in a name", pixel.get("message").asText());

        JsonNode pointer = find(doc, "ZARR_FILL_VALUE_RANGE");
        assertEquals("/fill_value", pointer.at("/location/pointer").asText());
        assertEquals(SampleReports.MESSY, pointer.get("message").asText());
        assertEquals("zarr-metadata", pointer.get("category").asText());

        assertEquals(47515, doc.at("/checked/0/count").asLong());
        assertEquals("", doc.at("/checked/1/detail").asText());
    }

    @Test
    void statisticsAreRowsOfObjectsWithTableDescriptions() throws IOException {
        JsonNode doc = json(SampleReports.mixed());
        JsonNode rows = doc.at("/statistics/perHypothesis");
        assertEquals(2, rows.size());
        assertEquals(List.of("hypothesis", "labels", "meanArea", "complete", "note"), fieldNames(rows.get(0)));
        assertEquals(54.5, rows.at("/0/meanArea").asDouble());
        assertTrue(rows.at("/0/complete").asBoolean());
        assertEquals("NaN", rows.at("/1/meanArea").asText());
        assertTrue(rows.at("/1/note").isNull());
        assertEquals("Labels and area per hypothesis", doc.at("/statisticsTables/0/description").asText());
        assertEquals(2, doc.at("/statisticsTables/0/rows").asInt());
        assertEquals("meanArea", doc.at("/statisticsTables/0/columns/2").asText());
    }

    @Test
    void duplicateTableNamesStayDistinctKeys() throws IOException {
        StatTable a = new StatTable("t", "first", List.of("c"), List.of(Arrays.asList((Object) 1)));
        StatTable b = new StatTable("t", "second", List.of("c"), List.of(Arrays.asList((Object) 2)));
        JsonNode doc = json(SampleReports.report(List.of(), List.of(), List.of(a, b), Map.of()));
        assertEquals(1, doc.at("/statistics/t/0/c").asInt());
        assertEquals(2, doc.at("/statistics/t_2/0/c").asInt());
        assertEquals("t_2", doc.at("/statisticsTables/1/name").asText());
        assertEquals(List.of(), SCHEMA.validate(doc));
    }

    @Test
    void imageLabelsCarryTheirBoxAndUnmappedPlanesTheirIfdWithinTheSchema() throws IOException {
        List<Finding> findings = List.of(
                new Finding("OMETIFF_LABEL_SPLIT", Severity.ERROR, Category.OME_TIFF, "m.ome.tiff",
                        Location.pixel(1, 0, 4L, 5L).withLabel(4_294_967_295L, new Location.Box(3, 5, 20, 9)), "split", ""),
                new Finding("OMETIFF_EMPTY_MASK", Severity.ERROR, Category.OME_TIFF, "m.ome.tiff", Location.ifd(2, null, null),
                        "empty", ""));
        JsonNode doc = json(SampleReports.report(findings, List.of(), List.of(), Map.of()));
        assertEquals(List.of(), SCHEMA.validate(doc));
        JsonNode split = find(doc, "OMETIFF_LABEL_SPLIT");
        assertEquals(List.of("label", "channel", "plane", "x", "y", "xMin", "yMin", "xMax", "yMax"), fieldNames(split.get("location")));
        assertEquals(4_294_967_295L, split.at("/location/label").asLong());
        assertEquals(20, split.at("/location/xMax").asInt());
        assertEquals(List.of("ifd"), fieldNames(find(doc, "OMETIFF_EMPTY_MASK").get("location")));
    }

    @Test
    void aPartialBoxIsRejectedByTheSchema() throws IOException {
        List<Finding> findings = List.of(new Finding("OMETIFF_LABEL_SPLIT", Severity.ERROR, Category.OME_TIFF, "m.ome.tiff",
                Location.pixel(1, 0, null, null).withLabel(5, new Location.Box(3, 5, 20, 9)), "split", ""));
        JsonNode doc = json(SampleReports.report(findings, List.of(), List.of(), Map.of()));
        ((ObjectNode) doc.at("/findings/0/location")).remove("yMax");
        List<SchemaViolation> v = SCHEMA.validate(doc);
        assertEquals(List.of("/findings/0/location dependencies"), v.stream().map(x -> x.pointer() + " " + x.keyword()).distinct()
                .toList(), "a box is all four keys or none: " + v);
    }

    @Test
    void outputIsDeterministicAndPretty() {
        ReportWriter w = ReportWriters.forFormat(ReportFormat.JSON, ReportStyle.defaults());
        String one = WriterOutput.text(w, SampleReports.mixed());
        assertEquals(one, WriterOutput.text(w, SampleReports.mixed()));
        assertTrue(one.startsWith("{\n  \"reportVersion\" : \"1.2\",\n  \"tool\" : {"), one);
        assertTrue(one.endsWith("}\n"));
    }

    private static JsonNode find(JsonNode doc, String code) {
        for (JsonNode f : doc.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + code);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
