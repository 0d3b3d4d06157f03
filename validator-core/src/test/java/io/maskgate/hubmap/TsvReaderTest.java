package io.maskgate.hubmap;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvReaderTest {

    @TempDir
    Path dir;

    private final List<Finding> findings = new ArrayList<>();

    private TsvTable read(byte[] bytes) throws IOException {
        Path p = dir.resolve("x-metadata.tsv");
        Files.write(p, bytes);
        return new TsvReader().read(p, "x-metadata.tsv", findings::add).orElseThrow();
    }

    private TsvTable read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsKeepSpreadsheetNumbersAcrossBlankLinesAndQuotedNewlines() throws IOException {
        TsvTable t = read("a\tb\n1\t\"two\nlines\"\n\n3\t\"tab\there\"\n");
        assertEquals(List.of(), findings);
        assertEquals(List.of("a", "b"), t.header());
        assertEquals(List.of(2L, 4L), t.rows().stream().map(TsvTable.Row::row).toList());
        assertEquals("two\nlines", t.rows().get(0).get(1));
        assertEquals("tab\there", t.value(t.rows().get(1), "b"));
        assertTrue(t.complete());
    }

    @Test
    void valuesAreNotTrimmedAndShortRowsArePadded() throws IOException {
        TsvTable t = read("a\tb\tc\r\n Yes \tx\r\n");
        assertEquals(List.of(" Yes ", "x", ""), t.rows().get(0).cells());
        assertEquals(List.of(), findings);
    }

    @Test
    void aUtf8BomIsNotPartOfTheFirstHeader() throws IOException {
        byte[] body = "parent_dataset_id\tb\nHBM1\t2\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("parent_dataset_id", read(withBom).header().get(0));
        assertEquals(List.of(), findings);
    }

    @Test
    void extraValuesBeyondTheHeaderAreReportedAtTheirCell() throws IOException {
        read("a\tb\n1\t2\t\t\n1\t2\t\textra\n");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("HUBMAP_TSV_ROW_WIDTH", findings.get(0).code());
        assertEquals(Location.cell(3, 4), findings.get(0).location());
    }

    @Test
    void anUnclosedQuoteStopsParsingWithTheRow() throws IOException {
        TsvTable t = read("a\tb\n1\t2\n3\t\"open\n4\t5\n");
        assertEquals(List.of("HUBMAP_TSV_SYNTAX"), findings.stream().map(Finding::code).toList());
        assertEquals(Location.cell(3, null), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("never closed"), findings.get(0).message());
        assertFalse(t.complete());
        assertEquals(1, t.rows().size());
    }

    @Test
    void latin1IsReportedOnceAtTheFirstBadCell() throws IOException {
        byte[] bytes = "a\tlab_id\n1\tM\u00fcller\n2\tG\u00f6rz\n".getBytes(StandardCharsets.ISO_8859_1);
        TsvTable t = read(bytes);
        assertEquals(List.of("HUBMAP_TSV_ENCODING"), findings.stream().map(Finding::code).toList());
        assertEquals(Location.cell(2, 2), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("cell B2, 2 cells are affected"), findings.get(0).message());
        assertEquals(2, t.rows().size(), "the rest is still checked");
    }

    @Test
    void aValidReplacementCharacterIsNotAnEncodingError() throws IOException {
        read("a\n\uFFFD\n");
        assertEquals(List.of(), findings);
    }

    @Test
    void oversizedFilesAreNotRead() throws IOException {
        Path p = dir.resolve("big-metadata.tsv");
        Files.write(p, new byte[2048]);
        assertTrue(new TsvReader(1024).read(p, "big-metadata.tsv", findings::add).isEmpty());
        assertEquals(List.of("HUBMAP_TSV_TOO_LARGE"), findings.stream().map(Finding::code).toList());
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        TsvTable t = read("");
        assertEquals(List.of(), t.header());
        assertEquals(List.of(), t.rows());
    }

    @Test
    void oversizedFileNamesTheLimitAndTheOption() throws IOException {
        Path p = dir.resolve("big-metadata.tsv");
        Files.write(p, new byte[4096]);
        assertTrue(new TsvReader(2048).read(p, "big-metadata.tsv", findings::add).isEmpty());
        String m = findings.get(0).message();
        assertTrue(m.contains("4096 bytes") && m.contains("2 KiB") && m.contains("--max-document-size"), m);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aMillionColumnsIsOneFindingNotAHang() throws IOException {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            header.append(i == 0 ? "" : "\t").append('c').append(i % 1000);
        }
        TsvTable t = read(header.append("\n1\n").toString());
        assertEquals(List.of("HUBMAP_TSV_TOO_LARGE"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("1000000 columns"), findings.get(0).message());
        assertEquals(Location.cell(1, TsvReader.MAX_COLUMNS + 1), findings.get(0).location());
        assertFalse(t.complete());
        assertEquals(List.of(), t.header());
    }

    @Test
    void nulBytesAreFindingsWithTheirCell() throws IOException {
        TsvTable t = read("a\tb\tc\n1\tx\u0000y\t3\n4\t5\t6\n7\t\u0000\t\u0000\n");
        assertEquals(List.of("HUBMAP_TSV_NUL", "HUBMAP_TSV_NUL"), findings.stream().map(Finding::code).toList());
        assertEquals(Location.cell(2, 2), findings.get(0).location());
        assertTrue(findings.get(0).message().contains("cell B2") && findings.get(0).message().contains("x\u2400y"),
                findings.get(0).message());
        assertEquals(Location.cell(4, 2), findings.get(1).location());
        assertEquals(3, t.rows().size(), "the table is still checked");
    }
}
