package io.maskgate.report.writer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWritersTest {

    @Test
    void everyFormatHasAWriterThatWritesSomething() {
        for (ReportFormat format : ReportFormat.values()) {
            ReportWriter w = ReportWriters.forFormat(format, ReportStyle.defaults());
            assertTrue(WriterOutput.bytes(w, SampleReports.mixed()).length > 100, format.id());
            assertTrue(WriterOutput.bytes(w, SampleReports.clean()).length > 10, format.id());
        }
    }

    @Test
    void writesAtomicallyAndReplacesAnOldReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/maskgate-report.json");
        ReportWriter json = ReportWriters.forFormat(ReportFormat.JSON, ReportStyle.defaults());
        ReportWriters.writeAtomically(file, json, SampleReports.clean());
        ReportWriters.writeAtomically(file, json, SampleReports.mixed());
        assertArrayEquals(WriterOutput.bytes(json, SampleReports.mixed()), Files.readAllBytes(file));
        assertEquals(List.of(file.getFileName()), list(file.getParent()));
    }

    @Test
    void aFailedWriteLeavesTheOldReportAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("maskgate-report.txt");
        Files.writeString(file, "old");
        ReportWriter failing = (report, out) -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        };
        IOException e = assertThrows(IOException.class, () -> ReportWriters.writeAtomically(file, failing, SampleReports.mixed()));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file.getFileName()), list(dir));
    }

    @Test
    void styleRejectsNegativeExamples() {
        assertThrows(IllegalArgumentException.class, () -> ReportStyle.defaults().withExamplesPerCode(-1));
        assertEquals(Long.MAX_VALUE, ReportStyle.defaults().withVerbose(true).examplesShown());
        assertEquals(3, ReportStyle.defaults().examplesShown());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }
}
