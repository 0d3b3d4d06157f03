package io.maskgate.cli;

import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.defects.Defect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class FixtureAndDemoCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listDefectsShowsNameCodeAndDescriptionOfEach() {
        CliRun r = CliRun.run("fixture", "--list-defects");
        assertEquals(0, r.exit(), r::toString);
        List<Defect> defects = Fixtures.storeDefects();
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("NAME +EXPECTED CODE +DESCRIPTION"), r::toString);
        assertEquals(defects.size() + 2, lines.size(), r::toString);
        for (int i = 0; i < defects.size(); i++) {
            Defect d = defects.get(i);
            assertTrue(lines.get(i + 1).matches("\\Q" + d.name() + "\\E +\\Q" + d.expectedCode() + "\\E +\\Q"
                    + d.description() + "\\E"), lines.get(i + 1));
        }
        assertEquals(defects.size() + (defects.size() == 1 ? " defect" : " defects"), lines.get(lines.size() - 1));
    }

    @Test
    void fixtureWritesAStoreThatValidatesClean() {
        Path out = tmp.resolve("store");
        CliRun r = CliRun.run("fixture", "--preset", "small", "--hypotheses", "2", "--trenches", "4", "--times", "5",
                "--seed", "3", "--no-progress", out.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isRegularFile(out.resolve("zarr.json")));
        assertTrue(r.err().contains("2 x 4 x 5 x 164 x 34"), r::toString);
        CliRun v = CliRun.run("validate", "-q", out.toString());
        assertEquals(0, v.exit(), v::toString);
    }

    @Test
    void progressIsSparseLinesOffATerminalAndNoneWhenDisabled() {
        CliRun lines = CliRun.run("fixture", "--preset", "small", tmp.resolve("p1").toString());
        assertEquals(0, lines.exit(), lines::toString);
        assertTrue(lines.err().contains("maskgate: generating mask store: started (18 to do)"), lines::toString);
        assertTrue(lines.err().contains("maskgate: generating mask store: done (18/18)"), lines::toString);
        CliRun none = CliRun.run("fixture", "--preset", "small", "--no-progress", tmp.resolve("p2").toString());
        assertFalse(none.err().contains("generating mask store"), none::toString);
        CliRun quiet = CliRun.run("fixture", "--preset", "small", "-q", tmp.resolve("p3").toString());
        assertEquals("", quiet.err());
    }

    @Test
    void fixtureWithADefectIsCaught() {
        List<Defect> defects = Fixtures.storeDefects();
        assumeFalse(defects.isEmpty(), "no store defects in this build");
        Defect d = defects.get(0);
        Path out = tmp.resolve("broken");
        CliRun r = CliRun.run("fixture", "--preset", "small", "--defect", d.name(), "--no-progress", out.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains(d.expectedCode()), r::toString);
        CliRun v = CliRun.run("validate", "--no-progress", "--fail-on", "info", "--format", "json", out.toString());
        assertEquals(1, v.exit(), v::toString);
        assertTrue(v.out().contains(d.expectedCode()), v::toString);
    }

    @Test
    void uploadFixtureValidatesCleanAndItsDefectsAreCaught() {
        Path clean = tmp.resolve("upload");
        CliRun r = CliRun.run("fixture", "--kind", "upload", "--seed", "5", "-q", clean.toString());
        assertEquals(0, r.exit(), r::toString);
        CliRun v = CliRun.run("validate", "-q", "--fail-on", "info", clean.toString());
        assertEquals(0, v.exit(), v::toString);

        Defect d = Fixtures.uploadDefects().get(0);
        CliRun list = CliRun.run("fixture", "--kind", "upload", "--list-defects");
        assertTrue(list.out().contains(d.name()), list::toString);
        Path broken = tmp.resolve("broken-upload");
        assertEquals(0, CliRun.run("fixture", "--kind", "upload", "--defect", d.name(), "-q", broken.toString()).exit());
        CliRun b = CliRun.run("validate", "--no-progress", "--fail-on", "info", "--format", "json", broken.toString());
        assertEquals(1, b.exit(), b::toString);
        assertTrue(b.out().contains(d.expectedCode()), b::toString);
        assertEquals(2, CliRun.run("fixture", "--kind", "upload", "--defect", "label-gap", tmp.resolve("x").toString()).exit(),
                "a store defect is not an upload defect");
    }

    @Test
    void theAgreementPresetWritesTheScenarioWithItsKnownIntervals() {
        Path out = tmp.resolve("agreement");
        CliRun r = CliRun.run("fixture", "--preset", "agreement", "--no-progress", out.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("6 x 5 x 40 x 164 x 34 with 7 known disagreements"), r::toString);
        CliRun a = CliRun.run("agreement", "--no-progress", out.toString());
        assertEquals(0, a.exit(), a::toString);
        assertEquals(1 + 5, a.out().lines().count(), a::toString);  // AgreementScenario: 5 late intervals

        CliRun shaped = CliRun.run("fixture", "--preset", "agreement", "--trenches", "3", tmp.resolve("b").toString());
        assertEquals(2, shaped.exit(), shaped::toString);
        assertTrue(shaped.err().contains("--preset agreement has a fixed shape"), shaped::toString);
        assertFalse(Files.exists(tmp.resolve("b")), "nothing written on a usage error");
    }

    @Test
    void theHostilePresetRefusesOptionsThatWouldChangeItsCases() {
        // the corpus itself is written and run by hostile.HostileCorpusTest
        CliRun seeded = CliRun.run("fixture", "--preset", "hostile", "--seed", "3", tmp.resolve("h").toString());
        assertEquals(2, seeded.exit(), seeded::toString);
        assertTrue(seeded.err().contains("--preset hostile has fixed cases"), seeded::toString);
        assertFalse(Files.exists(tmp.resolve("h")), "nothing written on a usage error");
    }

    @Test
    void fixtureUsageErrors() throws IOException {
        assertEquals(2, CliRun.run("fixture").exit(), "OUT is required");
        assertEquals(2, CliRun.run("fixture", "--defect", "no-such-defect", tmp.resolve("a").toString()).exit());
        assertEquals(2, CliRun.run("fixture", "--hypotheses", "0", tmp.resolve("b").toString()).exit());
        assertEquals(2, CliRun.run("fixture", "--preset", "huge", tmp.resolve("c").toString()).exit());
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        CliRun r = CliRun.run("fixture", full.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals("mine", Files.readString(full.resolve("keep.txt")), "never touches a non-empty OUT");
        assertFalse(Files.exists(tmp.resolve("a")));
    }

    @Test
    void demoGeneratesValidatesAndKeepsReportsInDir() {
        Path dir = tmp.resolve("demo");
        CliRun r = CliRun.run("demo", "--no-progress", dir.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("clean store: 0 errors"), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("mask-store.zarr/zarr.json")));
        for (String ext : List.of("txt", "json", "tsv", "xlsx", "sarif", "xml")) {
            assertTrue(Files.isRegularFile(dir.resolve("reports/mask-store/maskgate-report." + ext)), ext);
        }
        if (!Fixtures.storeDefects().isEmpty()) {
            assertTrue(r.err().contains("caught: "), r::toString);
            assertFalse(r.err().contains("NOT caught"), r::toString);
        }
    }

    @Test
    void demoRejectsAnUnknownDefectBeforeWorking() {
        Path dir = tmp.resolve("demo");
        CliRun r = CliRun.run("demo", "--defect", "no-such-defect", dir.toString());
        assertEquals(2, r.exit(), r::toString);
        assertFalse(Files.exists(dir));
    }
}
