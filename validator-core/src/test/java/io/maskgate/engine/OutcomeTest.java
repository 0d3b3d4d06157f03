package io.maskgate.engine;

import io.maskgate.findings.Summary;
import io.maskgate.report.Report;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeTest {

    private static Report report(int errors, int warnings, int infos) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            findings.add(finding(Severity.ERROR, i));
        }
        for (int i = 0; i < warnings; i++) {
            findings.add(finding(Severity.WARNING, i));
        }
        for (int i = 0; i < infos; i++) {
            findings.add(finding(Severity.INFO, i));
        }
        return new Report(Report.REPORT_VERSION, new Report.Tool("maskgate", "test"),
                new Report.Target("x", "unknown", ""), Map.of(), Summary.of(findings), findings, List.of(), List.of());
    }

    private static Finding finding(Severity severity, int i) {
        return new Finding("INPUT_UNRECOGNISED_TARGET", severity, Category.INPUT, "f" + i, Location.NONE, "m", "");
    }

    @Test
    void errorThresholdIgnoresWarnings() {
        Outcome o = Outcome.of(report(0, 2, 1), FailOn.ERROR);
        assertFalse(o.failed());
        assertEquals(Outcome.EXIT_OK, o.exitCode());
        assertEquals(0, o.counted());
    }

    @Test
    void warningThresholdCountsErrorsAndWarnings() {
        Outcome o = Outcome.of(report(1, 2, 5), FailOn.WARNING);
        assertTrue(o.failed());
        assertEquals(3, o.counted());
        assertEquals(Outcome.EXIT_INVALID, o.exitCode());
        assertEquals("1 error, 2 warnings, 5 infos", o.counts());
        assertEquals("failed: 3 findings at or above warning", o.verdict());
    }

    @Test
    void infoThresholdCountsEverything() {
        assertTrue(Outcome.of(report(0, 0, 1), FailOn.INFO).failed());
        assertFalse(Outcome.of(report(0, 0, 0), FailOn.INFO).failed());
    }

    @Test
    void neverDoesNotFail() {
        Outcome o = Outcome.of(report(4, 0, 0), FailOn.NEVER);
        assertFalse(o.failed());
        assertEquals(0, o.exitCode());
    }

    @Test
    void maxAllowedToleratesSomeFindings() {
        assertFalse(Outcome.of(report(2, 0, 0), FailOn.ERROR, 2).failed());
        assertTrue(Outcome.of(report(3, 0, 0), FailOn.ERROR, 2).failed());
        assertThrows(IllegalArgumentException.class, () -> Outcome.of(report(0, 0, 0), FailOn.ERROR, -1));
    }

    @Test
    void severalReportsAreCountedTogether() {
        Outcome o = Outcome.of(List.of(report(1, 1, 0), report(1, 0, 3)), FailOn.ERROR, 1);
        assertEquals(2, o.counted());
        assertTrue(o.failed());
        assertEquals("2 errors, 1 warning, 3 infos", o.counts());
        assertEquals(6L, o.summary().byCode().get("INPUT_UNRECOGNISED_TARGET"));
        assertEquals("failed: 2 findings at or above error (1 allowed)", o.verdict());
    }

    @Test
    void failOnParsesAndCounts() {
        assertEquals(FailOn.WARNING, FailOn.parse(" Warning "));
        assertEquals(FailOn.NEVER, FailOn.parse("NEVER"));
        assertThrows(IllegalArgumentException.class, () -> FailOn.parse("fatal"));
        assertTrue(FailOn.WARNING.counts(Severity.ERROR));
        assertFalse(FailOn.WARNING.counts(Severity.INFO));
        assertFalse(FailOn.NEVER.counts(Severity.ERROR));
    }
}
