package io.maskgate.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodicProgressTest {

    private long now;

    @Test
    void logsEveryStepNotEveryAdvance() {
        List<String> lines = new ArrayList<>();
        PeriodicProgress p = new PeriodicProgress(lines::add, () -> now, 25, Long.MAX_VALUE);
        p.begin("chunks", 100);
        for (int i = 0; i < 100; i++) {
            p.advance(1);
        }
        now = 2_500_000_000L;
        p.end();
        assertEquals(List.of("chunks: started (100 to do)", "chunks: 25% (25/100)", "chunks: 50% (50/100)",
                "chunks: 75% (75/100)", "chunks: done (100/100) in 2.5 s"), lines);
    }

    @Test
    void logsAfterTheIntervalEvenBetweenSteps() {
        List<String> lines = new ArrayList<>();
        PeriodicProgress p = new PeriodicProgress(lines::add, () -> now, 50, 1000);
        p.begin("trenches", 10);
        now = 2000;
        p.advance(1);
        p.advance(1);
        assertEquals(List.of("trenches: started (10 to do)", "trenches: 10% (1/10)"), lines);
    }

    @Test
    void unknownTotalLogsOnlyStartAndEnd() {
        List<String> lines = new ArrayList<>();
        PeriodicProgress p = new PeriodicProgress(lines::add, () -> now, 10, 1);
        p.begin("files", 0);
        p.advance(7);
        p.end();
        assertEquals(List.of("files: started (0 to do)", "files: done (7) in 0 ms"), lines);
    }

    @Test
    void rejectsBadStep() {
        assertThrows(IllegalArgumentException.class, () -> new PeriodicProgress(s -> { }, () -> 0, 0, 1));
    }
}
