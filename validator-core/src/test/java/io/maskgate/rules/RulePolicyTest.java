package io.maskgate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
