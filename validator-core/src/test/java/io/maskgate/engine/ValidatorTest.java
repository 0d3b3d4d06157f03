package io.maskgate.engine;

import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationOptions;

import io.maskgate.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValidatorTest {

    @Test
    void missingPathIsAUsageError(@TempDir Path dir) {
        assertThrows(UsageException.class, () -> new Validator().validate(dir.resolve("nope"), ValidationOptions.defaults()));
    }

    @Test
    void emptyDirectoryIsUnrecognised(@TempDir Path dir) {
        Report r = new Validator().validate(dir, ValidationOptions.defaults());
        assertEquals("unknown", r.target().kind());
        assertEquals(1, r.summary().errors());
        assertEquals("INPUT_UNRECOGNISED_TARGET", r.findings().get(0).code());
    }

    @Test
    void plainFileIsUnrecognised(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        Report r = new Validator().validate(file, ValidationOptions.defaults());
        assertEquals(java.util.Map.of("INPUT_UNRECOGNISED_TARGET", 1L), r.summary().byCode());
    }

    @Test
    void zarrFolderWithoutRootMetadataIsStillAZarrNode(@TempDir Path dir) throws IOException {
        // Nothing says it is a mask store: plain Zarr checks, which miss the root's zarr.json only.
        Path store = Files.createDirectories(dir.resolve("masks.zarr"));
        try (Report r = new Validator().validate(store, ValidationOptions.defaults())) {
            assertEquals("zarr", r.target().kind());
            assertEquals("generic: no mask-store root attributes and no data array", r.target().profile().describe());
            assertEquals(java.util.List.of("ZARR_METADATA_MISSING zarr.json"), r.findings().stream()
                    .map(f -> f.code() + " " + f.file()).toList());
        }
        // Asked to be a mask store, it also lacks the profile's data array.
        try (Report r = new Validator().validate(store, ValidationOptions.builder().zarrProfile("mask-store").build())) {
            assertEquals("zarr-mask-store", r.target().kind());
            assertEquals("mask-store: requested (profile mask-store)", r.target().profile().describe());
            assertEquals(java.util.Set.of("ZARR_METADATA_MISSING zarr.json", "STORE_DATA_MISSING data/zarr.json"),
                    r.findings().stream().map(f -> f.code() + " " + f.file()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
