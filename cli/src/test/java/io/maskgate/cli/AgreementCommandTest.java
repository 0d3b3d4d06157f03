package io.maskgate.cli;

import io.maskgate.fixtures.AgreementScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementCommandTest {

    @TempDir
    static Path shared;

    private static Path store;

    @BeforeAll
    static void store() throws IOException {
        store = shared.resolve("events.zarr");
        AgreementScenario.write(store);
    }

    @Test
    void printsTheIntervalsAsTsvAndTheSummaryOnStderr() {
        CliRun r = CliRun.run("agreement", "--no-progress", "--threads", "2", store.toString());
        assertEquals(0, r.exit(), r.toString());
        java.util.List<String> lines = r.out().lines().toList();
        assertEquals("trench\tfov\tstart\tend\tframes\tambiguousFrames\thypotheses\tkind", lines.get(0));
        assertEquals(1 + 5, lines.size(), r.out());
        assertTrue(r.err().contains("Hypothesis agreement (reference epoch 3999"), r.err());
        assertTrue(r.err().contains("in 5 intervals"), r.err());
    }

    @Test
    void anUnknownReferenceEpochIsAUsageError() {
        CliRun r = CliRun.run("agreement", "--no-progress", "--reference", "12345", store.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--reference 12345: no hypothesis has epoch 12345"), r.err());
    }

    @Test
    void validateWritesTheIntervalsBesideTheReportsUnlessTurnedOff() throws IOException {
        Path dir = shared.resolve("reports");
        CliRun on = CliRun.run("validate", "--no-progress", "--format", "json,tsv", "-o", dir.toString(),
                store.toString());
        assertTrue(on.exit() <= 1, on.toString());
        Path tsv = dir.resolve("maskgate-agreement-intervals.tsv");
        assertEquals(6, Files.readAllLines(tsv).size());
        assertTrue(Files.readString(dir.resolve("maskgate-report.json")).contains("\"agreement\" : {"));
        Path jsonOnly = shared.resolve("json-only");
        CliRun noTsv = CliRun.run("validate", "--no-progress", "--format", "json,xlsx", "-o", jsonOnly.toString(),
                store.toString());
        assertTrue(noTsv.exit() <= 1, noTsv.toString());
        assertFalse(Files.exists(jsonOnly.resolve("maskgate-agreement-intervals.tsv")), "only the formats asked for");

        CliRun off = CliRun.run("validate", "--no-progress", "--no-agreement", "--format", "json", store.toString());
        assertFalse(off.out().contains("\"agreement\" : {"), off.out());  // options still say "agreement" : false
        CliRun badLate = CliRun.run("validate", "--no-progress", "--late", "1", store.toString());
        assertEquals(2, badLate.exit(), badLate.toString());
        assertTrue(badLate.err().contains("--late must be 2 or more"), badLate.err());
    }
}
