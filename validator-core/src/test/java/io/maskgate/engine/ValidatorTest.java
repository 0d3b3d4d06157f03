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
    void storeFolderWithoutRootMetadataIsStillAStore(@TempDir Path dir) throws IOException {
        Path store = Files.createDirectories(dir.resolve("masks.zarr"));
        Report r = new Validator().validate(store, ValidationOptions.defaults());
        assertEquals("zarr-mask-store", r.target().kind());
        assertEquals(java.util.Set.of("zarr.json", "data/zarr.json"), r.findings().stream()
                .filter(f -> f.code().equals("ZARR_METADATA_MISSING")).map(f -> f.file())
                .collect(java.util.stream.Collectors.toSet()));
    }
}
