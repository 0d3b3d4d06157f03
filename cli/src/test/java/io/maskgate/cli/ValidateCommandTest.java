package io.maskgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.engine.Validator;
import io.maskgate.validation.LocalTargetValidator;
import io.maskgate.validation.ValidationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    private static final String UNRECOGNISED = "INPUT_UNRECOGNISED_TARGET";

    @TempDir
    static Path shared;

    static Path cleanStore;
    static Path notAStore;

    @TempDir
    Path tmp;

    @BeforeAll
    static void stores() throws IOException {
        cleanStore = TestStores.clean(shared.resolve("clean"));
        notAStore = Files.createDirectories(shared.resolve("not-a-store"));
        Files.writeString(notAStore.resolve("readme.txt"), "no zarr.json here");
    }

    private static String path(Path p) {
        return p.toString();
    }

    @Test
    void cleanStoreExitsZero() {
        CliRun r = CliRun.run("validate", "--no-progress", path(cleanStore));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("0 errors"), r::toString);
        assertEquals("", r.out(), "the text report goes to stderr, stdout stays free for machine output");
    }

    @Test
    void invalidTargetExitsOneAndNamesTheCode() {
        CliRun r = CliRun.run("validate", "--no-progress", path(notAStore));
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(UNRECOGNISED), r::toString);
    }

    @Test
    void missingPathIsAUsageError() {
        CliRun r = CliRun.run("validate", path(tmp.resolve("nope")));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("no such file or directory"), r::toString);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, CliRun.run("validate", "--bogus", path(cleanStore)).exit());
        assertEquals(2, CliRun.run("validate", "--format", "pdf", path(cleanStore)).exit());
        assertEquals(2, CliRun.run("validate", "--fail-on", "fatal", path(cleanStore)).exit());
        assertEquals(2, CliRun.run("validate", "--threads", "-1", path(cleanStore)).exit());
        assertEquals(2, CliRun.run("validate", "--sample", "-1", path(cleanStore)).exit());
        assertEquals(2, CliRun.run("validate", "--hubmap-schema", "2.3", path(cleanStore)).exit());
        assertEquals(2, CliRun.run("validate", "-q", "-v", path(cleanStore)).exit());
        assertEquals(2, CliRun.run("validate").exit(), "PATH is required");
        assertEquals(2, CliRun.run().exit(), "a command is required");
        assertEquals(2, CliRun.run("frobnicate").exit());
    }

    @Test
    void badOptionValuesNameTheFlagAndTheProblem() {
        CliRun threads = CliRun.run("validate", "--threads", "-1", path(cleanStore));
        assertEquals(2, threads.exit(), threads::toString);
        assertTrue(threads.err().contains("--threads must be 0 (all processors) or more, was -1"), threads::toString);
        CliRun allProcessors = CliRun.run("validate", "--threads", "0", path(cleanStore));
        assertEquals(0, allProcessors.exit(), "0 threads = every processor, as the Maven plugin's threads=0");
        CliRun area = CliRun.run("validate", "--min-object-area", "-1", path(cleanStore));
        assertTrue(area.err().contains("--min-object-area must be 0 or more, was -1"), area::toString);
        CliRun hubmap = CliRun.run("validate", "--hubmap-schema", "2.3", path(cleanStore));
        assertTrue(hubmap.err().contains("--hubmap-schema must be latest or any-minor, was '2.3'"), hubmap::toString);
        CliRun profile = CliRun.run("validate", "--profile", "mask", path(cleanStore));
        assertEquals(2, profile.exit(), profile::toString);
        assertTrue(profile.err().contains("--profile must be auto, mask-store or generic, was 'mask'"), profile::toString);
    }

    @Test
    void maxDocumentSizeLimitsZarrJsonAndIsNamedInTheFinding() {
        // the clean store's root zarr.json is a few KiB: under a 1 KiB limit it is a finding, not read
        CliRun small = CliRun.run("validate", "--no-progress", "--metadata-only", "-v", "--max-document-size", "1KiB", path(cleanStore));
        assertEquals(1, small.exit(), small::toString);
        assertTrue(small.err().contains("ZARR_METADATA_TOO_LARGE") && small.err().contains("--max-document-size"), small::toString);
        CliRun bad = CliRun.run("validate", "--max-document-size", "lots", path(cleanStore));
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--max-document-size must be a size in bytes"), bad::toString);
    }

    @Test
    void maxDocumentSizeAlsoLimitsTheOmeXmlOfMasks() throws IOException {
        Path upload = tmp.resolve("upload");
        io.maskgate.fixtures.Fixtures.generateUpload(upload, io.maskgate.fixtures.hubmap.UploadSpec.standard(1), null);
        // the masks' OME-XML is a few KiB, the TSVs less than one
        CliRun small = CliRun.run("validate", "--no-progress", "--max-document-size", "1KiB", path(upload));
        assertEquals(1, small.exit(), small::toString);
        assertTrue(small.err().contains("OMETIFF_OME_XML_TOO_LARGE") && small.err().contains("more than the limit of 1024"),
                small::toString);
        CliRun usual = CliRun.run("validate", "--no-progress", path(upload));
        assertEquals(0, usual.exit(), usual::toString);
    }

    @Test
    void theProfileOptionChoosesTheChecksOfAZarrTargetAndTheReportSaysWhich() {
        CliRun auto = CliRun.run("validate", "--metadata-only", "--format", "json", path(cleanStore));
        assertEquals(0, auto.exit(), auto::toString);
        assertTrue(auto.out().contains("\"kind\" : \"zarr-mask-store\""), auto::toString);
        assertTrue(auto.out().contains("\"name\" : \"mask-store\""), auto::toString);
        CliRun generic = CliRun.run("validate", "--profile", "generic", "--metadata-only", path(cleanStore));
        assertEquals(0, generic.exit(), generic::toString);
        assertTrue(generic.err().contains("profile generic: requested (profile generic)"), generic::toString);
        assertTrue(generic.err().contains("(zarr):"), generic::toString);
    }

    @Test
    void xlsxAndSeveralMachineFormatsNeedAnOutput() {
        CliRun xlsx = CliRun.run("validate", "--format", "xlsx", path(cleanStore));
        assertEquals(2, xlsx.exit(), xlsx::toString);
        assertTrue(xlsx.err().contains("-o"), xlsx::toString);
        assertEquals(2, CliRun.run("validate", "--format", "json,sarif", path(cleanStore)).exit());
    }

    @Test
    void badConfigIsAUsageErrorWithTheMessage() throws IOException {
        Path config = Files.writeString(tmp.resolve("maskgate.json"), "{\"overrides\": [{\"severity\": \"info\"}]}");
        CliRun r = CliRun.run("validate", "-c", path(config), path(cleanStore));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("invalid config"), r::toString);
        CliRun missing = CliRun.run("validate", "-c", path(tmp.resolve("absent.json")), path(cleanStore));
        assertEquals(2, missing.exit(), missing::toString);
    }

    @Test
    void internalErrorsExitThreeWithOneLineAndTraceOnlyWhenVerbose() {
        Supplier<Validator> broken = () -> new Validator(List.of(new Exploding()));
        CliRun r = CliRun.run(Map.of(), false, broken, "validate", "--no-progress", path(cleanStore));
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("internal error: java.lang.IllegalStateException: simulated"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace without -v: " + r);
        CliRun verbose = CliRun.run(Map.of(), false, broken, "validate", "-v", "--no-progress", path(cleanStore));
        assertEquals(3, verbose.exit(), verbose::toString);
        assertTrue(verbose.err().contains("\tat "), verbose::toString);
    }

    @Test
    void anUnwritableReportIsAnIoError() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        CliRun r = CliRun.run("validate", "--no-progress", "--format", "json", "-o",
                path(file.resolve("sub/report.json")), path(cleanStore));
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("maskgate: I/O error: "), r::toString);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void failOnThresholds() throws IOException {
        Path asWarning = Files.writeString(tmp.resolve("warn.json"),
                "{\"overrides\": [{\"code\": \"INPUT_*\", \"severity\": \"warning\"}]}");
        Path asInfo = Files.writeString(tmp.resolve("info.json"),
                "{\"overrides\": [{\"code\": \"INPUT_*\", \"severity\": \"info\"}]}");
        Path ignored = Files.writeString(tmp.resolve("ignore.json"),
                "{\"overrides\": [{\"code\": \"INPUT_UNRECOGNISED_TARGET\", \"ignore\": true}]}");
        String t = path(notAStore);
        assertEquals(1, exit("validate", "-q", t));
        assertEquals(0, exit("validate", "-q", "--fail-on", "never", t));
        assertEquals(0, exit("validate", "-q", "-c", path(asWarning), t));
        assertEquals(1, exit("validate", "-q", "-c", path(asWarning), "--fail-on", "warning", t));
        assertEquals(0, exit("validate", "-q", "-c", path(asInfo), "--fail-on", "warning", t));
        assertEquals(1, exit("validate", "-q", "-c", path(asInfo), "--fail-on", "INFO", t));
        assertEquals(0, exit("validate", "-q", "-c", path(ignored), "--fail-on", "info", t));
    }

    private static int exit(String... args) {
        return CliRun.run(args).exit();
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        CliRun r = CliRun.run("validate", "-q", path(cleanStore));
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        assertEquals("", r.out());
    }

    @Test
    void jsonGoesToStdout() throws IOException {
        CliRun r = CliRun.run("validate", "--no-progress", "--format", "json", path(notAStore));
        assertEquals(1, r.exit(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.toString().contains(UNRECOGNISED), r::toString);
        assertTrue(r.err().contains("1 error"), "the summary still goes to stderr: " + r);
    }

    @Test
    void everyFormatIntoADirectory() throws IOException {
        Path dir = tmp.resolve("reports");
        CliRun r = CliRun.run("validate", "--no-progress", "--format", "text", "--format", "json,tsv",
                "--format", "xlsx", "--format", "sarif", "--format", "junit", "-o", path(dir), path(notAStore));
        assertEquals(1, r.exit(), r::toString);
        for (String ext : List.of("txt", "json", "tsv", "xlsx", "sarif", "xml")) {
            Path f = dir.resolve("maskgate-report." + ext);
            assertTrue(Files.size(f) > 0, f + " written");
        }
        for (String ext : List.of("txt", "json", "tsv", "sarif", "xml")) {
            assertTrue(Files.readString(dir.resolve("maskgate-report." + ext)).contains(UNRECOGNISED), ext);
        }
        byte[] xlsx = Files.readAllBytes(dir.resolve("maskgate-report.xlsx"));
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        assertEquals("", r.out());
        assertTrue(r.err().contains("wrote "), r::toString);
    }

    @Test
    void oneFormatIntoAFile() throws IOException {
        Path file = tmp.resolve("out/report.sarif");
        CliRun r = CliRun.run("validate", "-q", "--format", "sarif", "-o", path(file), path(notAStore));
        assertEquals(1, r.exit(), r::toString);
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());
        assertEquals("2.1.0", sarif.path("version").asText());
        assertEquals("", r.err());
        Path existingDir = Files.createDirectories(tmp.resolve("existing"));
        assertEquals(1, CliRun.run("validate", "-q", "--format", "junit", "-o", path(existingDir), path(notAStore)).exit());
        assertTrue(Files.isRegularFile(existingDir.resolve("maskgate-report.xml")), "an existing directory gets the default name");
    }

    @Test
    void colourFollowsTheTerminalNoColorAndTheOption() {
        String t = path(notAStore);
        String esc = "\u001b[";
        assertFalse(CliRun.run(Map.of(), false, Validator::new, "validate", "--no-progress", t).err().contains(esc),
                "no colour when stderr is not a terminal");
        assertTrue(CliRun.run(Map.of(), true, Validator::new, "validate", "--no-progress", t).err().contains(esc),
                "colour on a terminal");
        assertFalse(CliRun.run(Map.of("NO_COLOR", "1"), true, Validator::new, "validate", "--no-progress", t).err().contains(esc),
                "NO_COLOR wins on a terminal");
        assertTrue(CliRun.run(Map.of("NO_COLOR", "1"), false, Validator::new, "validate", "--no-progress", "--color", "always", t)
                .err().contains(esc), "--color always wins");
        assertFalse(CliRun.run(Map.of(), true, Validator::new, "validate", "--no-progress", "--color", "never", t)
                .err().contains(esc), "--color never");
    }

    @Test
    void helpDocumentsExitCodes() {
        CliRun r = CliRun.run("validate", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Exit codes:"), r::toString);
        assertTrue(r.out().contains("usage or config error"), r::toString);
        CliRun top = CliRun.run("--help");
        assertTrue(top.out().contains("Exit codes:") && top.out().contains("validate"), top::toString);
    }

    @Test
    void versionIsTheProjectVersion() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("maskgate \\d+\\.\\d+\\.\\d+.*\\R"), r::toString);
    }

    /** Throws from inside validation, as a bug in a check would. */
    private static final class Exploding implements LocalTargetValidator {
        @Override
        public String kind() {
            return "exploding";
        }

        @Override
        public boolean accepts(Path path) {
            return true;
        }

        @Override
        public void validate(Path path, ValidationContext context) {
            throw new IllegalStateException("simulated");
        }
    }
}
