package io.maskgate.hubmap;

import io.maskgate.engine.Validator;
import io.maskgate.report.Report;
import io.maskgate.validation.ValidationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code maskgate validate PATH} recognises HuBMAP targets. */
class HubmapDetectionTest {

    @TempDir
    Path dir;

    @Test
    void uploadsByMetadataTsvDatasetsByDerivedFolder() throws IOException {
        Files.createDirectories(dir.resolve("u/ds/derived"));
        Files.writeString(dir.resolve("u/my-metadata.tsv"), "");
        assertTrue(new HubmapValidator().accepts(dir.resolve("u")));
        assertFalse(new HubmapDatasetValidator().accepts(dir.resolve("u")));
        assertTrue(new HubmapDatasetValidator().accepts(dir.resolve("u/ds")));
        assertFalse(new HubmapValidator().accepts(dir.resolve("u/ds")));
        assertFalse(new HubmapValidator().accepts(dir.resolve("u/my-metadata.tsv")));
        assertFalse(new HubmapValidator().accepts(dir.resolve("missing")));
        Files.createDirectories(dir.resolve("v/dir-metadata.tsv"));
        assertFalse(new HubmapValidator().accepts(dir.resolve("v")), "a folder named *metadata.tsv is not a metadata file");
    }

    @Test
    void theEngineRoutesToTheHubmapValidators() throws IOException {
        Files.createDirectories(dir.resolve("u/derived"));
        Files.writeString(dir.resolve("u/segmentation-mask-metadata.tsv"), "");
        Report upload = new Validator().validate(dir.resolve("u"), ValidationOptions.defaults());
        assertEquals("hubmap-upload", upload.target().kind(), "an upload wins over a dataset when both apply");
        Report dataset = new Validator().validate(dir.resolve("u/derived"), ValidationOptions.defaults());
        assertEquals("unknown", dataset.target().kind(), "derived/ itself is neither");
        Files.delete(dir.resolve("u/segmentation-mask-metadata.tsv"));
        assertEquals("hubmap-dataset", new Validator().validate(dir.resolve("u"), ValidationOptions.defaults()).target().kind());
    }
}
