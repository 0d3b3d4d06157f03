package io.maskgate.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.engine.Validator;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;
import io.maskgate.rules.Finding;
import io.maskgate.validation.ValidationOptions;
import io.maskgate.zarr.hierarchy.ZarrHierarchyValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Zarr v3 arrays and hierarchies zarrita wrote ({@code interop/zarrita-v3}), checked with the generic
 * profile: every chunk zarrita stored is decoded, every chunk it left out is counted as absent, exactly as its
 * {@code expected.json} lists them; a corrupt chunk is reported with its array and key.
 */
class ZarritaHierarchyTest {

    private static final Path ROOT = CorpusTest.corpus().resolve("zarrita-v3");

    /** expected.json's arrays by path: {total, stored, absent}. */
    private static Map<String, long[]> expectedChunks() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(ROOT.resolve("expected.json").toFile());
        Map<String, long[]> out = new TreeMap<>();
        for (JsonNode a : expected.get("arrays")) {
            out.put(a.get("path").asText(), new long[] {a.get("chunks_total").asLong(), a.get("chunks_stored").asLong(),
                    a.get("chunks_absent").asLong()});
        }
        return out;
    }

    /** The report's per-array table: array -> {chunks, decoded, absent, failed}. */
    private static Map<String, long[]> chunkTable(Report r) {
        StatTable t = r.statistics().stream().filter(s -> s.name().equals(ZarrHierarchyValidator.STATS_TABLE))
                .findFirst().orElseThrow(() -> new AssertionError("no " + ZarrHierarchyValidator.STATS_TABLE + " table"));
        List<String> c = t.columns();
        Map<String, long[]> out = new TreeMap<>();
        for (List<Object> row : t.rows()) {
            out.put((String) row.get(c.indexOf("array")), new long[] {(Long) row.get(c.indexOf("chunks")),
                    (Long) row.get(c.indexOf("decoded")), (Long) row.get(c.indexOf("absent")), (Long) row.get(c.indexOf("failed"))});
        }
        return out;
    }

    private static Report validate(Path target, int threads) {
        return new Validator().validate(target, ValidationOptions.builder().threads(threads).build());
    }

    @Test
    void everyBareArrayHasEveryStoredChunkDecodedAndEveryOtherCountedAbsent() throws IOException {
        int arrays = 0;
        for (Map.Entry<String, long[]> e : expectedChunks().entrySet()) {
            if (!e.getKey().startsWith("arrays/")) {
                continue;
            }
            arrays++;
            long[] want = e.getValue();
            try (Report r = validate(ROOT.resolve(e.getKey()), 2)) {
                assertEquals(List.of(), r.findings(), e.getKey());
                assertEquals("zarr", r.target().kind());
                assertEquals("generic: the target is an array, not a group", r.target().profile().describe());
                long[] got = chunkTable(r).get("(the target)");
                assertEquals(List.of(want[0], want[1], want[2], 0L), List.of(got[0], got[1], got[2], got[3]), e.getKey());
            }
        }
        assertEquals(12, arrays);
    }

    @Test
    void theHierarchyHasEveryNodeCheckedAndEveryChunkOfEveryArrayDecoded() throws IOException {
        Map<String, long[]> want = new TreeMap<>();
        expectedChunks().forEach((path, counts) -> {
            if (path.startsWith("hierarchy/")) {
                want.put(path.substring("hierarchy/".length()), counts);
            }
        });
        try (Report r = validate(ROOT.resolve("hierarchy"), 2)) {
            assertEquals(List.of(), r.findings());
            assertEquals("zarr", r.target().kind());
            assertEquals("generic", r.target().profile().name());
            assertTrue(r.target().profile().reason().contains("no data array"), r.target().profile().reason());
            Checked nodes = r.checked().stream().filter(c -> c.what().equals("Zarr nodes")).findFirst().orElseThrow();
            assertEquals(new Checked("Zarr nodes", 22, "7 groups, 15 arrays"), nodes);
            Map<String, long[]> got = chunkTable(r);
            assertEquals(want.keySet(), got.keySet());
            long stored = 0;
            long absent = 0;
            for (String a : want.keySet()) {
                long[] w = want.get(a);
                long[] g = got.get(a);
                assertEquals(List.of(w[0], w[1], w[2], 0L), List.of(g[0], g[1], g[2], g[3]), a);
                stored += w[1];
                absent += w[2];
            }
            assertEquals(List.of(73L, 14L), List.of(stored, absent), "the corpus README's totals");
        }
    }

    @Test
    void aSubgroupAndADeepArrayAreValidatedOnTheirOwn() {
        try (Report group = validate(ROOT.resolve("hierarchy/ints"), 1);
             Report array = validate(ROOT.resolve("hierarchy/ints/signed/int64"), 1)) {
            assertEquals(List.of(), group.findings());
            assertEquals(9, chunkTable(group).size());
            assertTrue(chunkTable(group).containsKey("unsigned/deeper/uint8-sharded"));
            assertEquals(List.of(), array.findings());
            long[] g = chunkTable(array).get("(the target)");
            assertEquals(List.of(9L, 8L, 1L, 0L), List.of(g[0], g[1], g[2], g[3]));
        }
    }

    @Test
    void aCorruptChunkIsReportedWithItsArrayAndKeyAndTheRestStillDecoded() throws IOException {
        try (Report r = validate(ROOT.resolve("hierarchy-corrupt"), 2)) {
            List<Finding> f = new ArrayList<>(r.findings());
            assertEquals(1, f.size(), f.toString());
            assertEquals("ZARR_CHUNK_CORRUPT", f.get(0).code());
            assertEquals("floats/float32/c/1/0", f.get(0).file());
            assertTrue(f.get(0).message().startsWith("chunk [1, 0] of array floats/float32: "), f.get(0).message());
            Map<String, long[]> got = chunkTable(r);
            assertEquals(List.of(6L, 4L, 1L, 1L), List.of(got.get("floats/float32")[0], got.get("floats/float32")[1],
                    got.get("floats/float32")[2], got.get("floats/float32")[3]));
            long failed = got.values().stream().mapToLong(g -> g[3]).sum();
            assertEquals(1, failed);
        }
    }

    @Test
    void theReportIsTheSameWhateverTheThreadCount() {
        try (Report one = validate(ROOT.resolve("hierarchy-corrupt"), 1);
             Report four = validate(ROOT.resolve("hierarchy-corrupt"), 4)) {
            assertEquals(one.findings(), four.findings());
            assertEquals(one.checked(), four.checked());
            assertEquals(one.statistics(), four.statistics());
        }
    }

    @Test
    void metadataOnlyChecksEveryNodeButDecodesNoChunk() {
        try (Report r = new Validator().validate(ROOT.resolve("hierarchy-corrupt"),
                ValidationOptions.builder().metadataOnly(true).build())) {
            assertEquals(List.of(), r.findings());
            assertTrue(r.checked().contains(new Checked("chunks", 0, "not decoded: --metadata-only")), r.checked().toString());
            assertTrue(r.statistics().stream().noneMatch(s -> s.name().equals(ZarrHierarchyValidator.STATS_TABLE)));
        }
    }
}
