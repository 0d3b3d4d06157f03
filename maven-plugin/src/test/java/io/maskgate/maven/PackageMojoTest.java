package io.maskgate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package goal's build outcomes; what a package holds is the core's tests' business. */
class PackageMojoTest {

    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();

    private PackageMojo mojo(Path store, Path submission) {
        PackageMojo m = new PackageMojo();
        m.store = store.toFile();
        m.submission = submission.toFile();
        m.out = tmp.resolve("upload").toFile();
        m.hypotheses = "final";
        m.formats = List.of("json");
        m.reportDirectory = tmp.resolve("reports").toFile();
        m.setLog(log);
        return m;
    }

    @Test
    void skipDoesNothing() {
        PackageMojo m = mojo(tmp.resolve("none.zarr"), tmp.resolve("none.json"));
        m.skip = true;
        assertDoesNotThrow(m::execute);
        assertTrue(log.text().contains("skipped"), log::text);
    }

    @Test
    void anUnknownLayoutOrTableFormatIsABuildErrorNamingTheParameter() {
        PackageMojo m = mojo(tmp.resolve("none.zarr"), tmp.resolve("none.json"));
        m.layout = "grid";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().contains("maskgate.layout") && e.getMessage().contains("'grid' is not one of trench, fov"),
                e.getMessage());
        m.layout = "FOV";
        m.objectsFormat = "csv";
        e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().contains("'csv' is not one of tsv, xlsx"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("upload")));
    }

    @Test
    void coreMessagesNameTheGoalsParameters() {
        String m = PackageMojo.inMavenTerms("lacks 2 required values: /a, /b. Fill them in, or pass --allow-incomplete "
                + "to package anyway; --objects-format xlsx: too big; --layout fov: overlap");
        assertTrue(m.contains("set allowIncomplete (-Dmaskgate.allowIncomplete=true) to package"), m);
        assertTrue(m.contains("objectsFormat (maskgate.objectsFormat) xlsx") && m.contains("layout (maskgate.layout) fov"), m);
        assertFalse(m.contains("--"), m);
    }

    @Test
    void aMissingStoreOrIncompleteSubmissionIsABuildError() throws IOException {
        MojoExecutionException noStore = assertThrows(MojoExecutionException.class,
                mojo(tmp.resolve("none.zarr"), tmp.resolve("none.json"))::execute);
        assertTrue(noStore.getMessage().contains("none.zarr"), noStore.getMessage());

        Path store = Files.createDirectories(tmp.resolve("store.zarr"));
        Path sub = Files.writeString(tmp.resolve("s.json"), "{\"contributors\": []}");
        MojoExecutionException incomplete = assertThrows(MojoExecutionException.class, mojo(store, sub)::execute);
        assertTrue(incomplete.getMessage().contains("/parent_dataset_id"), incomplete.getMessage());
        assertTrue(incomplete.getMessage().contains("/contributors"), incomplete.getMessage());
        assertFalse(Files.exists(tmp.resolve("upload")));
    }
}
