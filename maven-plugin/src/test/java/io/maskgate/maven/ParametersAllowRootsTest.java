package io.maskgate.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code allowRoots} ({@code maskgate.allowRoots}): split at commas, resolved against the project, checked by the core. */
class ParametersAllowRootsTest {

    @TempDir
    Path project;

    @Test
    void rootsAreSplitAndResolvedAgainstTheProject() throws Exception {
        Path shared = Files.createDirectories(project.resolve("shared"));
        Path abs = Files.createDirectories(project.resolve("abs"));
        File basedir = project.toFile();
        List<Path> roots = Parameters.allowRoots(Arrays.asList("shared, " + abs, null, " "), basedir);
        assertEquals(List.of(shared, abs), roots);
        Parameters.Scan scan = new Parameters.Scan(null, false, 0, 1, 15, "latest", "auto", "auto", null, 5, roots, "16MiB");
        assertEquals(roots, Parameters.options(scan, new RecordingLog()).allowRoots());
    }

    @Test
    void aMissingRootIsABuildErrorNamingTheParameter() {
        Parameters.Scan scan = new Parameters.Scan(null, false, 0, 1, 15, "latest", "auto", "auto", null, 5,
                Parameters.allowRoots(List.of("missing"), project.toFile()), "16MiB");
        var e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class,
                () -> Parameters.options(scan, new RecordingLog()));
        assertTrue(e.getMessage().startsWith("maskgate: allowRoots (maskgate.allowRoots) must name existing folders"),
                e.getMessage());
    }
}
