package io.maskgate.engine;

import io.maskgate.report.Report;
import io.maskgate.rules.Finding;
import io.maskgate.storage.MemoryStorage;
import io.maskgate.validation.Target;
import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationOptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Targets that are not local paths: only the mask store validator reads them, and they are named as given. */
class MemoryTargetTest {

    @Test
    void anAbsentTargetIsAUsageError() {
        MemoryStorage storage = new MemoryStorage("memory:m");
        UsageException e = assertThrows(UsageException.class,
                () -> new Validator().validate(Target.of("memory:m/nope", storage.at("nope")), ValidationOptions.defaults()));
        assertTrue(e.getMessage().contains("memory:m/nope"), e.getMessage());
    }

    @Test
    void aStoreInMemoryIsValidatedAsAStore() {
        MemoryStorage storage = new MemoryStorage("memory:masks.zarr")
                .put("zarr.json", "{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": {}}".getBytes(StandardCharsets.UTF_8));
        try (Report r = new Validator().validate(Target.of("memory:masks.zarr", storage), ValidationOptions.defaults())) {
            assertEquals("zarr-mask-store", r.target().kind());
            assertEquals("memory:masks.zarr", r.target().path());
            assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("ZARR_METADATA_MISSING")
                    && f.file().equals("data/zarr.json")), () -> r.findings().stream().map(Finding::toString).toList().toString());
        }
    }

    @Test
    void filesOnlyLocalValidatorsCanReadAreNotRecognisedInMemory() {
        // a HuBMAP upload's marker file, but not on a local disk: the HuBMAP validator needs files
        MemoryStorage storage = new MemoryStorage("memory:upload").put("upload-metadata.tsv", new byte[] {'a'});
        try (Report r = new Validator().validate(Target.of("memory:upload", storage), ValidationOptions.defaults())) {
            assertEquals("unknown", r.target().kind());
            Finding f = r.findings().get(0);
            assertEquals("INPUT_UNRECOGNISED_TARGET", f.code());
            assertTrue(f.message().startsWith("'memory:upload' is a directory"), f.message());
        }
    }
}
