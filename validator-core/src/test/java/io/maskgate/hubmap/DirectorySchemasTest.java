package io.maskgate.hubmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectorySchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DirectorySchemas SCHEMAS = DirectorySchemas.segmentationMask();

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = DirectorySchemasTest.class.getClassLoader().getResourceAsStream(DirectorySchemas.RESOURCE_DIR + name)) {
            assertNotNull(in, name + " is on the classpath");
            return MAPPER.readTree(in);
        }
    }

    @Test
    void indexAndEveryListedFileValidateAgainstTheirDraft07Schemas() throws IOException {
        SchemaValidator indexSchema = JsonSchemas.load("hubmap/directory-schema-index.schema.json");
        SchemaValidator format = JsonSchemas.load("hubmap/directory-schema.schema.json");
        JsonNode index = resource("index.json");
        assertEquals(List.of(), indexSchema.validate(index));
        int n = 0;
        for (JsonNode v : index.get("versions")) {
            JsonNode doc = resource(v.get("file").asText());
            assertEquals(List.of(), format.validate(doc), v.get("file").asText());
            assertEquals(v.get("version").asText(), doc.get("version").asText());
            n++;
        }
        assertEquals(8, n);
    }

    @Test
    void theFormatSchemaRejectsBrokenDocuments() throws IOException {
        SchemaValidator format = JsonSchemas.load("hubmap/directory-schema.schema.json");
        ObjectNode doc = (ObjectNode) resource("segmentation-mask-v2.7.json");
        ((ObjectNode) doc.get("entries").get(0)).remove("required");
        doc.put("version", "2.x");
        doc.put("extra", 1);
        List<String> pointers = format.validate(doc).stream().map(v -> v.pointer()).toList();
        assertTrue(pointers.contains("/entries/0"), pointers.toString());
        assertTrue(pointers.contains("/version"), pointers.toString());
        assertTrue(pointers.contains(""), pointers.toString());
    }

    @Test
    void indexListsVersionsInNumericOrderAndLoaderSortsNumerically() throws IOException {
        List<SchemaVersion> listed = new ArrayList<>();
        for (JsonNode v : resource("index.json").get("versions")) {
            listed.add(SchemaVersion.parse(v.get("version").asText()));
        }
        List<SchemaVersion> sorted = new ArrayList<>(listed);
        sorted.sort(null);
        assertEquals(sorted, listed);
        assertEquals(List.of("2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"),
                SCHEMAS.all().stream().map(s -> s.version().toString()).toList());
        assertEquals("segmentation-mask-v2.7", SCHEMAS.latest().id());
    }

    @Test
    void twoTenSortsAfterTwoNine() {
        DirectorySchema v27 = SCHEMAS.latest();
        List<DirectorySchema> versions = new ArrayList<>();
        for (String v : List.of("2.10", "2.9", "2.2", "10.0", "2.1")) {
            versions.add(new DirectorySchema("segmentation-mask", SchemaVersion.parse(v), false, false, v27.entries()));
        }
        DirectorySchemas set = DirectorySchemas.of(versions);
        assertEquals(List.of("2.1", "2.2", "2.9", "2.10", "10.0"), set.all().stream().map(s -> s.version().toString()).toList());
        assertEquals("10.0", set.latest().version().toString());
        assertTrue(SchemaVersion.parse("2.10").compareTo(SchemaVersion.parse("2.9")) > 0);
        assertTrue("2.10".compareTo("2.9") < 0, "string order is the HuBMAP bug this avoids");
    }

    @Test
    void draftsAreNeverApplied() {
        DirectorySchema v27 = SCHEMAS.latest();
        DirectorySchemas set = DirectorySchemas.of(List.of(
                new DirectorySchema("segmentation-mask", SchemaVersion.parse("2.7"), false, false, v27.entries()),
                new DirectorySchema("segmentation-mask", SchemaVersion.parse("2.8"), true, false, v27.entries())));
        assertEquals("2.7", set.latest().version().toString());
        assertEquals(1, set.applicableNewestFirst().size());
        assertEquals(2, set.all().size());
    }

    @Test
    void versionsRejectOtherForms() {
        for (String bad : List.of("2", "2.", "v2.7", "2.7.1", "", "2.-1")) {
            assertThrows(IllegalArgumentException.class, () -> SchemaVersion.parse(bad), bad);
        }
    }

    private static SchemaEntry entryWithTitle(String version, String title) {
        return SCHEMAS.version(version).orElseThrow().entries().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void patternsAreExactlyAsPublished() {
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+\\.segmentations.ome.tiff",
                entryWithTitle("2.0", "segmentation mask OME-TIFF").pattern());
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+\\.segmentations\\.ome\\.tiff",
                entryWithTitle("2.1", "segmentation mask OME-TIFF").pattern());
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+\\.segmentations\\.ome\\.tiff$",
                entryWithTitle("2.3", "segmentation mask OME-TIFF").pattern());
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+-objects\\.xlsx$", entryWithTitle("2.4", "objects table").pattern());
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+\\.segmentations\\.ome\\.(?:tif|tiff)$",
                entryWithTitle("2.5", "segmentation mask OME-TIFF").pattern());
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+\\.segmentations\\.ome\\.tiff$",
                entryWithTitle("2.6", "segmentation mask OME-TIFF").pattern());
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+-objects\\.(?:xlsx|tsv)$", entryWithTitle("2.7", "objects table").pattern());
        assertEquals("derived\\/segmentation_masks\\/[^\\/]+-objects\\.(?:tsv|xlsx)", entryWithTitle("2.0", "objects table").pattern());
        // top-level extras/ is required from 2.2 on
        assertFalse(SCHEMAS.version("2.1").orElseThrow().entries().stream().anyMatch(e -> e.pattern().equals("extras\\/.*")));
        assertTrue(SCHEMAS.version("2.2").orElseThrow().entries().stream().anyMatch(e -> e.pattern().equals("extras\\/.*") && e.required()));
        for (DirectorySchema s : SCHEMAS.all()) {
            assertEquals(s.version().minor() >= 2 ? 10 : 9, s.entries().size(), s.id());
            assertEquals(6 + (s.version().minor() >= 2 ? 0 : -1), s.entries().stream().filter(SchemaEntry::required).count(), s.id());
        }
    }

    @Test
    void versionSemanticsDiffer() {
        String tif = "derived/segmentation_masks/cells.segmentations.ome.tif";
        String tiff = "derived/segmentation_masks/cells.segmentations.ome.tiff";
        String loose = "derived/segmentation_masks/cells.segmentationsXomeXtiff";
        String tsv = "derived/segmentation_masks/cells-objects.tsv";
        for (DirectorySchema s : SCHEMAS.all()) {
            int minor = s.version().minor();
            SchemaEntry mask = entryWithTitle(s.version().toString(), "segmentation mask OME-TIFF");
            SchemaEntry objects = entryWithTitle(s.version().toString(), "objects table");
            assertTrue(mask.matches(tiff), s.id());
            assertEquals(minor == 5, mask.matches(tif), s.id() + " .tif");
            assertEquals(minor == 0, mask.matches(loose), s.id() + " unescaped dots");
            assertEquals(minor <= 3 || minor == 7, objects.matches(tsv), s.id() + " tsv");
            assertTrue(objects.matches("derived/segmentation_masks/cells-objects.xlsx"), s.id());
            assertFalse(mask.matches("derived/segmentation_masks/sub/cells.segmentations.ome.tiff"), s.id() + " [^/]+");
            assertFalse(mask.matches(tiff + "\n"), s.id() + " full match");
        }
    }

    @Test
    void shapesAreRecognisedForEveryShippedPattern() {
        for (DirectorySchema s : SCHEMAS.all()) {
            for (SchemaEntry e : s.entries()) {
                assertFalse(e.shape() instanceof PatternShape.Other, s.id() + " " + e.pattern());
                assertTrue(e.matches(e.example()), s.id() + ": example " + e.example() + " matches " + e.pattern());
            }
        }
        assertEquals(new PatternShape.FileIn("derived/segmentation_masks", List.of(".segmentations.ome.tif", ".segmentations.ome.tiff")),
                entryWithTitle("2.5", "segmentation mask OME-TIFF").shape());
        assertEquals(new PatternShape.Folder("derived/extras"), entryWithTitle("2.7", "derived extras folder").shape());
        assertEquals(List.of("extras/", "derived/"), SCHEMAS.latest().topLevelFolders());
        assertEquals(new PatternShape.Other(), PatternShape.of("(a|b)+"));
        assertEquals("the objects table: a file directly inside derived/segmentation_masks/ whose name ends in -objects.xlsx or "
                        + "-objects.tsv (e.g. derived/segmentation_masks/cells-objects.xlsx)",
                entryWithTitle("2.7", "objects table").words());
    }
}
