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

    private CheckMojo configure(CheckMojo mojo, Path... targets) {
        mojo.targets = java.util.Arrays.stream(targets).map(Path::toString).toList();
        mojo.basedir = tmp.toFile();
        mojo.failOnSeverity = "ERROR";
        mojo.failOnViolation = true;
        mojo.formats = List.of("json", "sarif");
        mojo.reportDirectory = tmp.resolve("reports").toFile();
        mojo.maxLoggedFindings = 1000;
        mojo.minObjectArea = 15;
        mojo.hubmapSchema = "latest";
        mojo.profile = "auto";
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
        assertEquals("maskgate: threads (maskgate.threads) must be 0 (all processors) or more, was -1",
                assertThrows(MojoExecutionException.class, threads::execute).getMessage());
        CheckMojo hubmap = configure(new CheckMojo(), notAStore);
        hubmap.hubmapSchema = "2.3";
        assertEquals("maskgate: hubmapSchema (maskgate.hubmapSchema) must be latest or any-minor, was '2.3'",
                assertThrows(MojoExecutionException.class, hubmap::execute).getMessage());
        CheckMojo profile = configure(new CheckMojo(), notAStore);
        profile.profile = "mask";
        assertEquals("maskgate: profile (maskgate.profile) must be auto, mask-store or generic, was 'mask'",
                assertThrows(MojoExecutionException.class, profile::execute).getMessage());
        CheckMojo tolerance = configure(new CheckMojo(), notAStore);
        tolerance.maxAllowedViolations = -1;
        assertEquals("maskgate: maxAllowedViolations (maskgate.maxAllowedViolations) must be 0 (no finding tolerated) or more, was -1",
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

    @Test
    void badFormatsAndThresholdsNameTheParameterAndWhatItAccepts() {
        CheckMojo format = configure(new CheckMojo(), notAStore);
        format.formats = List.of("json,bogus");
        assertEquals("maskgate: formats (maskgate.formats) must be a comma-separated list of text, json, tsv, xlsx, "
                + "sarif, junit or html, was 'bogus'", assertThrows(MojoExecutionException.class, format::execute).getMessage());
        CheckMojo threshold = configure(new CheckMojo(), notAStore);
        threshold.failOnSeverity = "fatal";
        assertEquals("maskgate: failOnSeverity (maskgate.failOnSeverity) must be ERROR, WARNING, INFO or NEVER, was 'fatal'",
                assertThrows(MojoExecutionException.class, threshold::execute).getMessage());
        CheckMojo none = configure(new CheckMojo());
        assertTrue(assertThrows(MojoExecutionException.class, none::execute).getMessage()
                .contains("-Dmaskgate.targets=PATH[,PATH...]"));
        assertFalse(Files.exists(tmp.resolve("reports")), "nothing is validated or written before the values are checked");
    }

    @Test
    void targetsFromAPropertyAreCommaSeparatedAndRelativeToTheProject() throws IOException {
        Files.createDirectories(tmp.resolve("b/not-a-store"));
        CheckMojo mojo = configure(new CheckMojo());
        mojo.targets = List.of("not-a-store, b/not-a-store"); // as Maven passes a single-valued -Dmaskgate.targets
        mojo.failOnViolation = false;
        assertDoesNotThrow(mojo::execute);
        assertTrue(log.text().contains("maskgate: validating " + notAStore), log::text);
        assertTrue(log.text().contains("maskgate: validating " + tmp.resolve("b/not-a-store")), log::text);
        assertTrue(log.text().contains("2 errors, 0 warnings, 0 infos in 2 targets"), log::text);
    }

    @Test
    void oneFormatFromTheCommandLineReplacesTheDefaults() {
        CheckMojo mojo = configure(new CheckMojo(), notAStore);
        mojo.formats = List.of("junit");
        mojo.failOnSeverity = "never";
        assertDoesNotThrow(mojo::execute);
        assertTrue(Files.isRegularFile(tmp.resolve("reports/maskgate-report.xml")));
        assertFalse(Files.exists(tmp.resolve("reports/maskgate-report.json")));
        assertFalse(Files.exists(tmp.resolve("reports/maskgate-report.sarif")));
    }
}
