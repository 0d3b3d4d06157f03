package io.maskgate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Mojos run in-process on targets the core surely rejects (a folder that is no dataset):
 * which rule fires is the rule tests' business, the build outcome is this test's.
 */
class MojoTest {

    private static final String CODE = "INPUT_UNRECOGNISED_TARGET";

    @TempDir
    Path tmp;

    private Path notAStore;
    private RecordingLog log;

    @BeforeEach
    void setUp() throws IOException {
        notAStore = Files.createDirectories(tmp.resolve("not-a-store"));
        log = new RecordingLog();
    }

    private <T extends AbstractMaskgateMojo> T configure(T mojo, Path... targets) {
        mojo.targets = java.util.Arrays.stream(targets).map(Path::toString).toList();
        mojo.failOnSeverity = "ERROR";
        mojo.failOnViolation = true;
        mojo.formats = List.of("json", "sarif");
        mojo.reportDirectory = tmp.resolve("reports").toFile();
        mojo.maxLoggedFindings = 1000;
        mojo.minObjectArea = 15;
        mojo.hubmapSchema = "latest";
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void checkFailsTheBuildWithOneLinePerFindingAndWritesReports() {
        CheckMojo mojo = configure(new CheckMojo(), notAStore);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("1 error"), e.getMessage());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[ERROR] " + CODE + " .: ")), log::text);
        assertTrue(Files.isRegularFile(tmp.resolve("reports/maskgate-report.json")));
        assertTrue(Files.isRegularFile(tmp.resolve("reports/maskgate-report.sarif")));
    }

    @Test
    void reportGoalNeverFails() {
        ReportMojo mojo = configure(new ReportMojo(), notAStore);
        assertDoesNotThrow(mojo::execute);
        assertTrue(log.text().contains("[ERROR] " + CODE), log::text);
        assertTrue(Files.isRegularFile(tmp.resolve("reports/maskgate-report.json")));
    }

    @Test
    void thresholdsAndTolerance() throws IOException {
        Path warnings = Files.writeString(tmp.resolve("warn.json"), "{\"overrides\": [{\"code\": \"*\", \"severity\": \"warning\"}]}");
        CheckMojo atError = configure(new CheckMojo(), notAStore);
        atError.configFile = warnings.toFile();
        assertDoesNotThrow(atError::execute);
        assertTrue(log.text().contains("[WARNING] " + CODE), log::text);

        CheckMojo atWarning = configure(new CheckMojo(), notAStore);
        atWarning.configFile = warnings.toFile();
        atWarning.failOnSeverity = "warning";
        assertThrows(MojoFailureException.class, atWarning::execute);

        CheckMojo tolerant = configure(new CheckMojo(), notAStore);
        tolerant.maxAllowedViolations = 1;
        assertDoesNotThrow(tolerant::execute);

        CheckMojo never = configure(new CheckMojo(), notAStore);
        never.failOnSeverity = "NEVER";
        assertDoesNotThrow(never::execute);

        CheckMojo reportOnly = configure(new CheckMojo(), notAStore);
        reportOnly.failOnViolation = false;
        assertDoesNotThrow(reportOnly::execute);
    }

    @Test
    void skipDoesNothing() throws Exception {
        CheckMojo mojo = configure(new CheckMojo(), tmp.resolve("does-not-exist"));
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(tmp.resolve("reports")));
        assertEquals(List.of("[INFO] maskgate: skipped (maskgate.skip)"), log.lines);
    }

    @Test
    void configurationProblemsAreExecutionErrors() throws IOException {
        CheckMojo missing = configure(new CheckMojo(), tmp.resolve("does-not-exist"));
        assertTrue(assertThrows(MojoExecutionException.class, missing::execute).getMessage().contains("no such file"));

        CheckMojo badConfig = configure(new CheckMojo(), notAStore);
        badConfig.configFile = Files.writeString(tmp.resolve("bad.json"), "{\"overrides\": 3}").toFile();
        assertTrue(assertThrows(MojoExecutionException.class, badConfig::execute).getMessage().contains("invalid config"));

        CheckMojo badThreshold = configure(new CheckMojo(), notAStore);
        badThreshold.failOnSeverity = "fatal";
        assertThrows(MojoExecutionException.class, badThreshold::execute);

        CheckMojo badFormat = configure(new CheckMojo(), notAStore);
        badFormat.formats = List.of("pdf");
        assertThrows(MojoExecutionException.class, badFormat::execute);

        CheckMojo badHubmap = configure(new CheckMojo(), notAStore);
        badHubmap.hubmapSchema = "2.3";
        assertThrows(MojoExecutionException.class, badHubmap::execute);

        CheckMojo noTargets = configure(new CheckMojo());
        assertThrows(MojoExecutionException.class, noTargets::execute);
    }

    @Test
    void badOptionValuesAreWordedAsOnTheCommandLine() {
        CheckMojo threads = configure(new CheckMojo(), notAStore);
        threads.threads = -1;
        assertEquals("maskgate: threads must be 1 or more, was -1",
                assertThrows(MojoExecutionException.class, threads::execute).getMessage());
        CheckMojo hubmap = configure(new CheckMojo(), notAStore);
        hubmap.hubmapSchema = "2.3";
        assertEquals("maskgate: hubmapSchema must be latest or any-minor, was '2.3'",
                assertThrows(MojoExecutionException.class, hubmap::execute).getMessage());
        CheckMojo tolerance = configure(new CheckMojo(), notAStore);
        tolerance.maxAllowedViolations = -1;
        assertEquals("maskgate: maxAllowedViolations must be 0 or more, was -1",
                assertThrows(MojoExecutionException.class, tolerance::execute).getMessage());
        CheckMojo processors = configure(new CheckMojo(), notAStore);
        processors.threads = 0;
        assertThrows(MojoFailureException.class, processors::execute, "threads 0 = all processors, not an error");
    }

    @Test
    void severalTargetsGetOneReportDirectoryEach() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("b/not-a-store"));
        CheckMojo mojo = configure(new CheckMojo(), notAStore, other);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("2 errors, 0 warnings, 0 infos in 2 targets"), e.getMessage());
        assertTrue(Files.isRegularFile(tmp.resolve("reports/not-a-store/maskgate-report.json")));
        assertTrue(Files.isRegularFile(tmp.resolve("reports/not-a-store-2/maskgate-report.json")));
    }

    @Test
    void loggedFindingsAreCappedOverAllTargetsAndTheRestCounted() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("b/not-a-store"));
        CheckMojo capped = configure(new CheckMojo(), notAStore, other);
        capped.maxLoggedFindings = 1;
        assertThrows(MojoFailureException.class, capped::execute);
        assertEquals(1, log.lines.stream().filter(l -> l.startsWith("[ERROR] " + CODE)).count(), log::text);
        assertTrue(log.text().contains("1 more finding not logged"), log::text);

        log.lines.clear();
        CheckMojo all = configure(new CheckMojo(), notAStore, other);
        all.maxLoggedFindings = 0;
        assertThrows(MojoFailureException.class, all::execute);
        assertEquals(2, log.lines.stream().filter(l -> l.startsWith("[ERROR] " + CODE)).count(), log::text);
        assertFalse(log.text().contains("not logged"), log::text);
    }
}
