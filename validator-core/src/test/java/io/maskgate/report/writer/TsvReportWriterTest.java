package io.maskgate.report.writer;

import io.maskgate.io.SafeText;

import io.maskgate.report.Report;

import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvReportWriterTest {

    private static List<List<String>> parse(String tsv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(tsv), TsvReportWriter.FORMAT)) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    @Test
    void headerThenOneRowPerFindingThatParsesBackExactly() throws IOException {
        Report report = SampleReports.mixed();
        String tsv = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TSV, ReportStyle.defaults()), report);
        List<List<String>> rows = parse(tsv);
        assertEquals(List.of("code", "severity", "category", "file", "location", "pointer", "hypothesis", "epoch",
                "trench", "time", "label", "row", "column", "channel", "plane", "ifd", "x", "y", "xMin", "yMin", "xMax", "yMax",
                "message", "hint"), rows.get(0));
        assertEquals(report.findings().size() + 1, rows.size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            List<String> expected = new ArrayList<>();
            for (Object v : FindingColumns.values(f)) {
                expected.add(v == null ? "" : SafeText.escape(v.toString())); // controls escaped, see Texts.printable
            }
            assertEquals(expected, rows.get(i + 1), "row " + (i + 1));
        }
    }

    @Test
    void tabsAndNewlinesAreEscapedQuotesAndSpacesSurviveTheRoundTrip() throws IOException {
        String tsv = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TSV, ReportStyle.defaults()), SampleReports.mixed());
        List<List<String>> rows = parse(tsv);
        int message = FindingColumns.HEADER.indexOf("message");
        assertTrue(rows.stream().anyMatch(r -> r.get(message).equals("value\\twith a tab,\\nsecond line \"quoted\" and ünïcødé µm² 細胞")));
        assertTrue(rows.stream().anyMatch(r -> r.get(message).equals("  leading spaces and \"quotes\"")));
        // no raw tab or newline in a cell: every physical line is one record with every column
        assertEquals(SampleReports.mixed().findings().size() + 1, tsv.lines().count());
        assertTrue(tsv.lines().allMatch(l -> l.split("\t", -1).length == FindingColumns.HEADER.size()), tsv);
    }

    @Test
    void locationColumnsHoldOnlyWhatApplies() throws IOException {
        String tsv = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TSV, ReportStyle.defaults()), SampleReports.mixed());
        List<List<String>> rows = parse(tsv);
        List<String> header = rows.get(0);
        List<String> cell = rows.stream().filter(r -> r.get(0).equals("OBJECTS_BAD_VALUE")).findFirst().orElseThrow();
        assertEquals("cell C5", cell.get(header.indexOf("location")));
        assertEquals("5", cell.get(header.indexOf("row")));
        assertEquals("3", cell.get(header.indexOf("column")));
        assertEquals("", cell.get(header.indexOf("hypothesis")));
        assertEquals("", cell.get(header.indexOf("pointer")));
    }

    @Test
    void anImageLabelHasItsBoxAndAnUnmappedPlaneItsIfd() throws IOException {
        List<Finding> findings = List.of(
                new Finding("OMETIFF_LABEL_SPLIT", Severity.ERROR, Category.OME_TIFF, "m.ome.tiff",
                        Location.pixel(1, 0, 4L, 5L).withLabel(4_294_967_295L, new Location.Box(3, 5, 20, 9)), "split", ""),
                new Finding("OMETIFF_EMPTY_MASK", Severity.ERROR, Category.OME_TIFF, "m.ome.tiff", Location.ifd(2, null, null),
                        "empty", ""));
        String tsv = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TSV, ReportStyle.defaults()),
                SampleReports.report(findings, List.of(), List.of(), Map.of()));
        List<List<String>> rows = parse(tsv);
        List<String> header = rows.get(0);
        List<String> split = rows.get(1);
        assertEquals("4294967295", split.get(header.indexOf("label")));
        assertEquals(List.of("3", "5", "20", "9"), List.of(split.get(header.indexOf("xMin")), split.get(header.indexOf("yMin")),
                split.get(header.indexOf("xMax")), split.get(header.indexOf("yMax"))));
        assertEquals("", split.get(header.indexOf("ifd")));
        List<String> empty = rows.get(2);
        assertEquals("2", empty.get(header.indexOf("ifd")));
        assertEquals("", empty.get(header.indexOf("channel")));
        assertEquals("IFD 2", empty.get(header.indexOf("location")));
    }

    @Test
    void cleanReportIsJustTheHeader() throws IOException {
        String tsv = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TSV, ReportStyle.defaults()), SampleReports.clean());
        assertEquals(1, parse(tsv).size());
        assertTrue(tsv.endsWith("hint\n"));
    }
}
