package io.maskgate.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.engine.Validator;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;
import io.maskgate.rules.Finding;
import io.maskgate.validation.ValidationOptions;
import io.maskgate.zarr.hierarchy.ZarrHierarchyValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Zarr v3 arrays numpy + Python's json/gzip wrote ({@code interop/numpy-zarr}): the data types zarrita cannot
 * write (complex64/128, raw bits), a 0-d and an empty array, hex and special float fill values and 64-bit integer
 * extremes. Every chunk the script stored must decode and every other chunk must be counted absent, as its
 * {@code expected.json} lists them; a gzip chunk cut short must be a truncated chunk at its key.
 */
class NumpyZarrTest {

    private static final Path ROOT = CorpusTest.corpus().resolve("numpy-zarr");

    private static Report validate(Path target) {
        return new Validator().validate(target, ValidationOptions.builder().threads(2).build());
    }

    /** The report's per-array table: array -> [chunks, decoded, absent, failed]. */
    private static Map<String, List<Long>> chunkTable(Report r) {
        StatTable t = r.statistics().stream().filter(s -> s.name().equals(ZarrHierarchyValidator.STATS_TABLE))
                .findFirst().orElseThrow(() -> new AssertionError("no " + ZarrHierarchyValidator.STATS_TABLE + " table"));
        List<String> c = t.columns();
        Map<String, List<Long>> out = new TreeMap<>();
        for (List<Object> row : t.rows()) {
            out.put((String) row.get(c.indexOf("array")), List.of((Long) row.get(c.indexOf("chunks")),
                    (Long) row.get(c.indexOf("decoded")), (Long) row.get(c.indexOf("absent")),
                    (Long) row.get(c.indexOf("failed"))));
        }
        return out;
    }

    @Test
    void everyArrayOfTheHierarchyDecodesEveryStoredChunk() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(ROOT.resolve("expected.json").toFile());
        Map<String, List<Long>> want = new TreeMap<>();
        for (JsonNode a : expected.get("arrays")) {
            want.put(a.get("path").asText(), List.of(a.get("chunks_total").asLong(), a.get("chunks_stored").asLong(),
                    a.get("chunks_absent").asLong(), 0L));
        }
        assertEquals(10, want.size());
        try (Report r = validate(ROOT.resolve("hierarchy"))) {
            assertEquals(List.of(), r.findings());
            assertEquals("generic", r.target().profile().name());
            assertEquals(want, chunkTable(r));
        }
    }

    @Test
    void eachArrayValidatesOnItsOwn() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(ROOT.resolve("expected.json").toFile());
        for (JsonNode a : expected.get("arrays")) {
            try (Report r = validate(ROOT.resolve("hierarchy").resolve(a.get("path").asText()))) {
                assertEquals(List.of(), r.findings(), a.get("path").asText());
                assertEquals(List.of(a.get("chunks_total").asLong(), a.get("chunks_stored").asLong(),
                        a.get("chunks_absent").asLong(), 0L), chunkTable(r).get("(the target)"), a.get("path").asText());
            }
        }
    }

    @Test
    void aGzipChunkCutShortIsTruncatedAtItsKey() {
        try (Report r = validate(ROOT.resolve("corrupt"))) {
            List<Finding> f = List.copyOf(r.findings());
            assertEquals(1, f.size(), f.toString());
            assertEquals("ZARR_CHUNK_TRUNCATED", f.get(0).code());
            assertEquals("c/1/0", f.get(0).file());
            assertTrue(f.get(0).message().startsWith("chunk [1, 0]"), f.get(0).message());
            assertEquals(List.of(6L, 4L, 1L, 1L), chunkTable(r).get("(the target)"));
        }
    }
}
