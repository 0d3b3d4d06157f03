package io.maskgate.validation;

import io.maskgate.rules.RulePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationOptionsTest {

    @TempDir
    Path tmp;

    private static InvalidOptionException rejected(UnaryOperator<ValidationOptions.Builder> settings) {
        return assertThrows(InvalidOptionException.class, () -> settings.apply(ValidationOptions.builder()).build());
    }

    @Test
    void defaultsAsReportsShowThem() {
        ValidationOptions d = ValidationOptions.defaults();
        assertEquals("{metadataOnly=false, sampleTrenches=0, minObjectArea=15, hubmapSchemaMode=latest, profile=auto}",
                d.describe().toString());
        assertEquals(String.class, d.describe().get("hubmapSchemaMode").getClass(), "reports print the id, not the enum");
        assertEquals(Runtime.getRuntime().availableProcessors(), d.threads());
        assertSame(RulePolicy.DEFAULT, d.policy());
        assertSame(ProgressListener.NONE, d.progress());
    }

    @Test
    void buildsWhatItIsGiven() {
        ValidationOptions o = ValidationOptions.builder().metadataOnly(true).sampleTrenches(4).threads(3)
                .minObjectArea(0).hubmapSchemaMode(" Any-Minor ").zarrProfile("Mask-Store").build();
        assertEquals(List.of(true, 4, 3, 0, HubmapSchemaMode.ANY_MINOR, ZarrProfile.MASK_STORE),
                List.of(o.metadataOnly(), o.sampleTrenches(), o.threads(), o.minObjectArea(), o.hubmapSchemaMode(),
                        o.zarrProfile()));
        assertEquals(o, o.toBuilder().build());
        ValidationOptions fewer = o.toBuilder().threads(1).build();
        assertEquals(1, fewer.threads());
        assertEquals(o.describe(), fewer.describe());
    }

    @Test
    void badValuesAreUsageErrorsNamingTheOption() {
        List<String> messages = new ArrayList<>();
        messages.add(rejected(b -> b.sampleTrenches(-1)).getMessage());
        messages.add(rejected(b -> b.threads(-1)).getMessage());
        messages.add(rejected(b -> b.minObjectArea(-2)).getMessage());
        messages.add(rejected(b -> b.hubmapSchemaMode("2.3")).getMessage());
        messages.add(rejected(b -> b.hubmapSchemaMode((String) null)).getMessage());
        messages.add(rejected(b -> b.zarrProfile("mask")).getMessage());
        assertEquals(List.of("sample must be 0 (all trenches) or more, was -1", "threads must be 0 (all processors) or more, was -1",
                "minObjectArea must be 0 or more, was -2", "hubmapSchema must be latest or any-minor, was '2.3'",
                "hubmapSchema must be latest or any-minor, was 'null'",
                "profile must be auto, mask-store or generic, was 'mask'"), messages);
        InvalidOptionException e = rejected(b -> b.threads(-4));
        assertEquals("threads", e.option());
        assertEquals("must be 0 (all processors) or more, was -4", e.problem());
    }

    @Test
    void zeroThreadsMeansEveryProcessorAsByDefault() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertEquals(processors, ValidationOptions.builder().threads(0).build().threads());
        assertEquals(processors, ValidationOptions.builder().build().threads());
    }

    @Test
    void directConstructionIsCheckedToo() {
        assertThrows(InvalidOptionException.class, () -> new ValidationOptions(false, 0, 0, 15, HubmapSchemaMode.LATEST,
                RulePolicy.DEFAULT, null, ProgressListener.NONE, ZarrProfile.AUTO, null, null,
                ValidationOptions.DEFAULT_AGREEMENT_LATE, List.of(), ValidationOptions.DEFAULT_MAX_DOCUMENT_BYTES));
        assertThrows(InvalidOptionException.class, () -> new ValidationOptions(false, 0, 1, 15, HubmapSchemaMode.LATEST,
                RulePolicy.DEFAULT, null, ProgressListener.NONE, ZarrProfile.AUTO, null, null,
                ValidationOptions.DEFAULT_AGREEMENT_LATE, List.of(), 10));
    }

    @Test
    void maxDocumentSizeTakesBinaryUnits() {
        assertEquals(16L << 20, ValidationOptions.defaults().maxDocumentBytes());
        assertEquals(64L << 20, ValidationOptions.builder().maxDocumentSize("64MiB").build().maxDocumentBytes());
        assertEquals(2L << 30, ValidationOptions.builder().maxDocumentSize("2g").build().maxDocumentBytes());
        assertEquals(5000, ValidationOptions.builder().maxDocumentSize("5000").build().maxDocumentBytes());
        assertEquals(5000L, ValidationOptions.builder().maxDocumentBytes(5000).build().describe().get("maxDocumentBytes"));
        assertEquals("maxDocumentSize", rejected(b -> b.maxDocumentSize("lots")).option());
        assertEquals("maxDocumentSize", rejected(b -> b.maxDocumentSize("99999999999999999999G")).option());
        assertEquals("must be 1024 (1KiB) or more, was 12", rejected(b -> b.maxDocumentSize("12")).problem());
        assertEquals(123456L, ValidationOptions.builder().maxDocumentBytes(123456).build().toBuilder().build().maxDocumentBytes());
    }

    @Test
    void configLargerThanTheDocumentLimitIsRefused() throws IOException {
        Path config = Files.writeString(tmp.resolve("big.json"),
                "{\"overrides\": [{\"code\": \"LABEL_*\", \"ignore\": true}]}" + " ".repeat(4096));
        RulePolicy.ConfigException e = assertThrows(RulePolicy.ConfigException.class,
                () -> ValidationOptions.builder().configFile(config).maxDocumentSize("2KiB").build());
        assertTrue(e.getMessage().contains("--max-document-size"), e.getMessage());
        assertEquals(1, ValidationOptions.builder().configFile(config).build().policy().overrides().size());
    }

    @Test
    void readsTheConfigFileOnBuild() throws IOException {
        Path config = Files.writeString(tmp.resolve("maskgate.json"),
                "{\"overrides\": [{\"code\": \"LABEL_*\", \"ignore\": true}]}");
        ValidationOptions o = ValidationOptions.builder().configFile(config).build();
        assertEquals(1, o.policy().overrides().size());
        assertEquals(config.toString(), o.describe().get("configFile"));
        assertEquals(o.policy(), o.toBuilder().minObjectArea(3).build().policy());

        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"overrides\": 3}");
        assertThrows(RulePolicy.ConfigException.class, () -> ValidationOptions.builder().configFile(bad).build());
    }
}
