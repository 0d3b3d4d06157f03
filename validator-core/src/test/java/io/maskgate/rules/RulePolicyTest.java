package io.maskgate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulePolicyTest {

    private static Finding finding(String code, String file) {
        return new Finding(code, Severity.ERROR, Category.LABELS, file, Location.NONE, "m", "");
    }

    private static RulePolicy policy(Path dir, String json) throws IOException {
        Path file = dir.resolve("maskgate.json");
        Files.writeString(file, json);
        return RulePolicy.load(file);
    }

    @Test
    void reclassifiesByCodeWildcardAndPathGlob(@TempDir Path dir) throws IOException {
        RulePolicy p = policy(dir, """
                {"overrides": [{"code": "LABEL_*", "path": "data/c/0/**", "severity": "info"}]}""");
        assertEquals(Severity.INFO, p.apply(finding("LABEL_GAP", "data/c/0/1/0/0/0")).orElseThrow().severity());
        assertEquals(Severity.ERROR, p.apply(finding("LABEL_GAP", "data/c/1/1/0/0/0")).orElseThrow().severity());
        assertEquals(Severity.ERROR, p.apply(finding("STORE_SHAPE", "data/c/0/1/0/0/0")).orElseThrow().severity());
    }

    @Test
    void ignoresAndFirstMatchWins(@TempDir Path dir) throws IOException {
        RulePolicy p = policy(dir, """
                {"overrides": [{"code": "ZARR_X", "ignore": true}, {"code": "ZARR_*", "severity": "warning"}]}""");
        assertTrue(p.apply(finding("ZARR_X", "zarr.json")).isEmpty());
        assertEquals(Severity.WARNING, p.apply(finding("ZARR_Y", "zarr.json")).orElseThrow().severity());
    }

    @Test
    void rejectsInvalidConfigWithPointer(@TempDir Path dir) {
        RulePolicy.ConfigException e = assertThrows(RulePolicy.ConfigException.class,
                () -> policy(dir, "{\"overrides\": [{\"code\": \"X\", \"severity\": \"fatal\"}]}"));
        assertTrue(e.getMessage().contains("/overrides/0/severity"), e.getMessage());
    }

    @Test
    void rejectsOverrideThatDoesNothing(@TempDir Path dir) {
        assertThrows(RulePolicy.ConfigException.class, () -> policy(dir, "{\"overrides\": [{\"code\": \"X\"}]}"));
    }

    @Test
    void rejectsUnparseableAndMissingFiles(@TempDir Path dir) {
        assertThrows(RulePolicy.ConfigException.class, () -> policy(dir, "{nope"));
        assertThrows(RulePolicy.ConfigException.class, () -> RulePolicy.load(dir.resolve("absent.json")));
    }

    @Test
    void firstMatchWinsAcrossLiteralAndGlobOverrides(@TempDir Path dir) throws IOException {
        RulePolicy p = policy(dir, """
                {"overrides": [
                  {"code": "LABEL_*", "path": "data/c/1/**", "severity": "warning"},
                  {"code": "LABEL_GAP", "path": "data/c/1/0", "ignore": true},
                  {"code": "LABEL_GAP", "path": "data/c/2/0", "ignore": true},
                  {"code": "LABEL_?AP", "path": "data/c/2/*", "severity": "info"},
                  {"code": "LABEL_GAP", "severity": "info"}]}""");
        assertEquals(Severity.WARNING, p.apply(finding("LABEL_GAP", "data/c/1/0")).orElseThrow().severity());
        assertTrue(p.apply(finding("LABEL_GAP", "data/c/2/0")).isEmpty());
        assertEquals(Severity.INFO, p.apply(finding("LABEL_GAP", "data/c/2/1")).orElseThrow().severity());
        assertEquals(Severity.INFO, p.apply(finding("LABEL_GAP", "zarr.json")).orElseThrow().severity());
        assertEquals(Severity.ERROR, p.apply(finding("LABEL_SPLIT", "zarr.json")).orElseThrow().severity());
        assertEquals(Severity.WARNING, p.apply(finding("LABEL_SPLIT", "data/c/1/5")).orElseThrow().severity());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void fortyStarCodePatternDoesNotHang(@TempDir Path dir) throws IOException {
        RulePolicy p = policy(dir, "{\"overrides\": [{\"code\": \"" + "*".repeat(40) + "X\", \"severity\": \"info\"},"
                + "{\"code\": \"STORE_*\", \"path\": \"" + "*".repeat(40) + "x\", \"severity\": \"info\"}]}");
        assertEquals(Severity.ERROR, p.apply(finding("STORE_FOV_LISTS_WITH_A_LONGER_NAME", "zarr.json")).orElseThrow().severity());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hundredThousandOverridesAreIndexed(@TempDir Path dir) throws IOException {
        StringBuilder json = new StringBuilder("{\"overrides\": [");
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"code\": \"LABEL_GAP\", \"path\": \"data/c/").append(i)
                    .append("\", \"severity\": \"").append(i % 2 == 0 ? "info" : "warning").append("\"}");
        }
        json.append(",{\"code\": \"LABEL_*\", \"path\": \"data/**\", \"ignore\": true}]}");
        RulePolicy p = policy(dir, json.toString());
        assertEquals(n + 1, p.overrides().size());
        long start = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            int k = i % (n + 10);
            var out = p.apply(finding("LABEL_GAP", "data/c/" + k));
            if (k < n) {
                assertEquals(k % 2 == 0 ? Severity.INFO : Severity.WARNING, out.orElseThrow().severity());
            } else {
                assertTrue(out.isEmpty());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, "200,000 findings against 100,001 overrides took " + millis + " ms");
    }

    @Test
    void oversizedConfigIsRefusedUnreadWithTheOption(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), (1L << 30) - 1); // a 1 GiB sparse file
        }
        RulePolicy.ConfigException e = assertThrows(RulePolicy.ConfigException.class,
                () -> RulePolicy.load(big, 1 << 20, "--max-document-size"));
        assertTrue(e.getMessage().contains("1048576 bytes") && e.getMessage().contains("--max-document-size"), e.getMessage());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void endlessDeviceIsRefusedNotRead() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(zero));
        RulePolicy.ConfigException e = assertThrows(RulePolicy.ConfigException.class,
                () -> RulePolicy.load(zero, 1 << 20, "--max-document-size"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void malformedPathGlobIsAConfigError(@TempDir Path dir) {
        RulePolicy.ConfigException e = assertThrows(RulePolicy.ConfigException.class,
                () -> policy(dir, "{\"overrides\": [{\"code\": \"X\", \"path\": \"data/{a,b\", \"ignore\": true}]}"));
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }
}
