package io.maskgate.cli;

import io.maskgate.fixtures.hubmap.UploadGenerator;
import io.maskgate.fixtures.hubmap.UploadSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code validate} confines reads to the input boundary; {@code --allow-root} widens it. */
class InputBoundaryCliTest {

    private static final String SECRET = "TOP-SECRET-4711";

    @TempDir
    Path dir;

    private Path upload() throws IOException {
        Path upload = dir.resolve("upload");
        UploadGenerator.generate(upload, UploadSpec.standard(21).withDatasets(1).withObjectsPerMask(2).withSize(40, 40));
        return upload;
    }

    @Test
    void aContributorsFileLinkedFromOutsideIsAFindingAndNeverReachesAReport() throws IOException {
        Path upload = upload();
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("home")).resolve("passwords.tsv"),
                "name\tpassword\nalice\t" + SECRET + "\n");
        Path contributors = upload.resolve(UploadGenerator.CONTRIBUTORS);
        Files.delete(contributors);
        Files.createSymbolicLink(contributors, secret);
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.run("validate", upload.toString(), "-v", "--format", "text,json,tsv,sarif,junit,html,xlsx",
                "-o", reports.toString());
        assertEquals(1, run.exit(), run::toString);
        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), run::toString);
        String json = Files.readString(reports.resolve("maskgate-report.json"));
        assertTrue(json.contains("\"INPUT_SYMLINK_OUTSIDE\""), json);
        assertTrue(json.contains("contributors.tsv is a symbolic link to '" + secret + "', which resolves outside the"
                + " input boundary"), json);
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.toList()) {
                String text = new String(Files.readAllBytes(report), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(SECRET) || text.contains("alice"), report + " leaks the outside file");
            }
        }
        // the text report on the console names the finding too
        CliRun console = CliRun.run("validate", upload.toString(), "-v");
        assertEquals(1, console.exit());
        assertTrue(console.err().contains("INPUT_SYMLINK_OUTSIDE"), console::toString);
        assertFalse(console.err().contains(SECRET), console::toString);
    }

    @Test
    void allowRootMakesALinkIntoThatFolderOk() throws IOException {
        Path upload = upload();
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path contributors = upload.resolve(UploadGenerator.CONTRIBUTORS);
        Files.move(contributors, shared.resolve("contributors.tsv"));
        Files.createSymbolicLink(contributors, shared.resolve("contributors.tsv"));

        CliRun confined = CliRun.run("validate", upload.toString(), "--format", "json");
        assertEquals(1, confined.exit(), confined::toString);
        assertTrue(confined.out().contains("INPUT_SYMLINK_OUTSIDE"), confined::toString);

        CliRun allowed = CliRun.run("validate", upload.toString(), "--allow-root", shared.toString(), "--format", "json");
        assertEquals(0, allowed.exit(), allowed::toString);
        assertFalse(allowed.out().contains("INPUT_SYMLINK"), allowed::toString);
        assertTrue(allowed.out().contains("--allow-root " + shared.toRealPath()), "the report names the boundary: " + allowed.out());
        assertTrue(allowed.out().contains("\"allowRoots\""), "the options list the allowed roots: " + allowed.out());
    }

    @Test
    void aMissingAllowRootIsAUsageError() throws IOException {
        Path upload = upload();
        CliRun run = CliRun.run("validate", upload.toString(), "--allow-root", dir.resolve("nope").toString());
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("--allow-root must name existing folders"), run::toString);
    }
}
