package io.maskgate.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a killed run leaves is removed by the next one; a run still going keeps its temporary files. */
class TempSiblingsTest {

    @TempDir
    Path dir;

    /** The id of a process that has ended: what a run killed with SIGKILL leaves in its temporary names. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void siblingsOfEndedProcessesAreRemovedOthersKept() throws Exception {
        Path target = dir.resolve("report.json");
        String dead = ".report.json." + deadPid() + "-" + UUID.randomUUID() + ".tmp";
        String deadFolder = ".report.json." + deadPid() + "-" + UUID.randomUUID() + ".part";
        Path live = TempSiblings.of(target, ".tmp");
        Files.writeString(dir.resolve(dead), "half", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve(deadFolder).resolve("dataset-1"));
        Files.writeString(dir.resolve(deadFolder).resolve("dataset-1/a.tsv"), "x", StandardCharsets.UTF_8);
        Files.writeString(live, "in progress", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".other.json." + deadPid() + "-" + UUID.randomUUID() + ".tmp"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".report.json.notes.tmp"), "not ours", StandardCharsets.UTF_8);

        assertEquals(1, TempSiblings.removeStale(target, ".tmp"));
        assertEquals(1, TempSiblings.removeStale(target, ".part"));
        List<String> left = names();
        assertEquals(3, left.size(), left::toString);
        assertTrue(left.contains(live.getFileName().toString()), left::toString);
        assertTrue(left.contains(".report.json.notes.tmp"), left::toString);
    }

    @Test
    void atomicWritesCleanUpAfterAKilledWrite() throws Exception {
        Path target = dir.resolve("report.html");
        Files.writeString(dir.resolve(".report.html." + deadPid() + "-" + UUID.randomUUID() + ".tmp"), "<html>half",
                StandardCharsets.UTF_8);
        AtomicFiles.write(target, "complete".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("report.html"), names());
        assertEquals("complete", Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void fullDiskErrorsNameTheFileOthersPassThrough() {
        Path file = Path.of("out", "report.json");
        IOException full = NoSpaceException.naming(file, new IOException("No space left on device"));
        assertInstanceOf(NoSpaceException.class, full);
        assertEquals("no space left on device writing " + file, full.getMessage());
        assertEquals("file too large for the file size limit (ulimit -f) writing " + file,
                NoSpaceException.naming(file, new IOException("File too large")).getMessage());
        assertSame(full, NoSpaceException.naming(Path.of("elsewhere"), full));
        IOException other = new IOException("Permission denied");
        assertSame(other, NoSpaceException.naming(file, other));
    }
}
