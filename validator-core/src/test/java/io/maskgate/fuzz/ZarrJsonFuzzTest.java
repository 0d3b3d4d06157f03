package io.maskgate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.maskgate.storage.MemoryStorage;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.zarr.ZarrNodeMetadata;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Fuzzes the strict {@code zarr.json} reader (JSON parsing, the JSON Schema layer and the array/group rules) with
 * the three calls the validators make: a hierarchy walk (kind unknown), a mask store's root (a group expected) and
 * its {@code data} array (an array expected). Seeds: valid array, sharded array and group documents.
 */
class ZarrJsonFuzzTest {

    private static final String FILE = "node/zarr.json";

    private final ZarrMetadataReader reader = new ZarrMetadataReader();

    @FuzzTest(maxDuration = "3s")
    void zarrJson(byte[] document) {
        MemoryStorage storage = new MemoryStorage("fuzz").put(FILE, document);
        read(storage, null);
        read(storage, ZarrNodeMetadata.GROUP);
        read(storage, ZarrNodeMetadata.ARRAY);
    }

    private void read(MemoryStorage storage, String expected) {
        Findings findings = new Findings();
        Optional<ZarrNodeMetadata> node = reader.readNode(storage, FILE, FILE, expected, findings);
        findings.assertAllAbout(FILE);
        // documented: an unusable document is empty *because of* the findings that say why
        assertFalse(node.isEmpty() && findings.isEmpty(), "no model and no finding");
    }
}
