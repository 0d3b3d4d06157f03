package io.maskgate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackageCommandTest {

    @TempDir
    Path dir;

    /** The template with its required values filled in: what a lab does after --init-submission. */
    private Path filledSubmission() throws Exception {
        return TestStores.filledSubmission(dir.resolve("submission.json"));
    }

    @Test
    void theFilledTemplatePackagesAStoreIntoACleanUpload() throws Exception {
        Path store = TestStores.clean(dir.resolve("store.zarr"));
        Path sub = filledSubmission();
        CliRun r = CliRun.run("package", store.toString(), "--out", dir.resolve("up").toString(), "--submission",
                sub.toString(), "--no-progress");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("0 errors, 0 warnings, 0 infos"), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("up/segmentation-mask-metadata.tsv")), r::toString);
    }

    @Test
    void layoutFovAndXlsxTablePackageIntoACleanUpload() throws Exception {
        Path store = TestStores.clean(dir.resolve("store.zarr"));
        Path sub = filledSubmission();
        CliRun r = CliRun.run("package", store.toString(), "--out", dir.resolve("up").toString(), "--submission",
                sub.toString(), "--no-progress", "--layout", "fov", "--objects-format", "xlsx");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("one per field of view"), r::toString);
        assertTrue(r.err().contains("0 errors, 0 warnings, 0 infos"), r::toString);
        try (var s = Files.walk(dir.resolve("up"))) {
            var names = s.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.contains("fov-0000.segmentations.ome.tiff") && names.contains("cells-objects.xlsx"),
                    names::toString);
            assertFalse(names.contains("cells-objects.tsv") || names.stream().anyMatch(n -> n.startsWith("trench-")),
                    names::toString);
        }
    }

    @Test
    void unknownLayoutOrTableFormatIsAUsageError() throws Exception {
        CliRun r = CliRun.run("package", "x.zarr", "--out", dir.resolve("up").toString(), "--submission",
                dir.resolve("s.json").toString(), "--layout", "grid");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("'grid' is not one of trench, fov"), r::toString);
        r = CliRun.run("package", "x.zarr", "--out", dir.resolve("up").toString(), "--submission",
                dir.resolve("s.json").toString(), "--objects-format", "csv");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("'csv' is not one of tsv, xlsx"), r::toString);
        assertFalse(Files.exists(dir.resolve("up")));
    }

    @Test
    void theTemplateAloneIsAUsageErrorNamingEveryMissingValue() throws Exception {
        Path store = TestStores.clean(dir.resolve("store.zarr"));
        Path sub = dir.resolve("s.json");
        CliRun.run("package", "--init-submission", sub.toString());
        CliRun r = CliRun.run("package", store.toString(), "--out", dir.resolve("up").toString(), "--submission",
                sub.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("lacks 9 required values"), r::toString);
        assertFalse(Files.exists(dir.resolve("up")));
    }

    @Test
    void initSubmissionNeverOverwrites() throws Exception {
        Path sub = dir.resolve("s.json");
        Files.writeString(sub, "mine");
        CliRun r = CliRun.run("package", "--init-submission", sub.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals("mine", Files.readString(sub));
    }

    @Test
    void missingOptionsAreUsageErrors() {
        CliRun r = CliRun.run("package", "x.zarr");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--out and --submission are required"), r::toString);
    }
}
