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
                ValidationOptions.DEFAULT_AGREEMENT_LATE, List.of()));
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
