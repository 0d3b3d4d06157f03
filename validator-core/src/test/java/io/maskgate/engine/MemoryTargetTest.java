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
        ValidationOptions maskStore = ValidationOptions.builder().zarrProfile("mask-store").build();
        try (Report r = new Validator().validate(Target.of("memory:masks.zarr", storage), maskStore)) {
            assertEquals("zarr-mask-store", r.target().kind());
            assertEquals("memory:masks.zarr", r.target().path());
            assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("STORE_DATA_MISSING")
                    && f.file().equals("data/zarr.json")), () -> r.findings().stream().map(Finding::toString).toList().toString());
        }
    }

    @Test
    void aHierarchyInMemoryHasItsNodesCheckedAndItsChunksDecodedThroughTheStorage() {
        String array = "{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": [5], \"data_type\": \"uint16\","
                + " \"chunk_grid\": {\"name\": \"regular\", \"configuration\": {\"chunk_shape\": [2]}},"
                + " \"chunk_key_encoding\": {\"name\": \"default\"}, \"fill_value\": 7,"
                + " \"codecs\": [{\"name\": \"bytes\", \"configuration\": {\"endian\": \"little\"}}]}";
        MemoryStorage storage = new MemoryStorage("memory:h")
                .put("zarr.json", "{\"zarr_format\": 3, \"node_type\": \"group\"}".getBytes(StandardCharsets.UTF_8))
                .put("g/zarr.json", "{\"zarr_format\": 3, \"node_type\": \"group\"}".getBytes(StandardCharsets.UTF_8))
                .put("g/a/zarr.json", array.getBytes(StandardCharsets.UTF_8))
                .put("g/a/c/0", new byte[] {1, 0, 2, 0})
                .put("g/a/c/2", new byte[] {3, 0, 4}); // 3 bytes: a 2-element uint16 chunk has 4
        try (Report r = new Validator().validate(Target.of("memory:h", storage), ValidationOptions.defaults())) {
            assertEquals("zarr", r.target().kind());
            assertEquals(java.util.List.of("ZARR_CHUNK_WRONG_LENGTH g/a/c/2"),
                    r.findings().stream().map(f -> f.code() + " " + f.file()).toList());
            assertTrue(r.findings().get(0).message().startsWith("chunk [2] of array g/a: "), r.findings().get(0).message());
            assertTrue(r.checked().contains(new io.maskgate.report.Checked("chunks of array g/a", 1,
                    "1 decoded, 1 absent (fill value), 1 failed of 3 chunks")), r.checked().toString());
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
