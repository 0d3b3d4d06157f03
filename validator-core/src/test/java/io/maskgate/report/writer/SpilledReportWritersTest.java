package io.maskgate.report.writer;

import io.maskgate.findings.FindingList;
import io.maskgate.findings.Summary;
import io.maskgate.report.Report;

import io.maskgate.findings.SpillSettings;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.RulePolicy;
import io.maskgate.rules.Severity;
import io.maskgate.validation.FindingCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every writer gives the same bytes for a report whose findings were spilled to disk as for one held in memory. */
class SpilledReportWritersTest {

    @TempDir
    Path temp;

    private Report inMemory;
    private Report spilled;

    /** The sample report's findings plus 3,000 label findings over 40 (hypothesis, trench) groups and 3 codes. */
    private static List<Finding> findings() {
        List<Finding> f = new ArrayList<>(SampleReports.mixed().findings());
        for (int i = 0; i < 3_000; i++) {
            int h = i % 4;
            int t = (i / 4) % 10;
            String code = i % 3 == 0 ? "LABEL_SMALL_OBJECT" : i % 3 == 1 ? "LABEL_GAP" : "LABEL_SPLIT";
            f.add(new Finding(code, i % 3 == 2 ? Severity.ERROR : Severity.WARNING, Category.LABELS,
                    "masks/c/" + h + "/" + t + "/0/0/0", Location.mask(h, 50 + 250 * h, t, i % 721, 1 + i % 200),
                    "object " + i + " of " + (i % 15) + " px", "Hint of " + code + "."));
        }
        return f;
    }

    private static Report report(List<Finding> sorted, Summary summary) {
        Report sample = SampleReports.mixed();
        return new Report(sample.reportVersion(), sample.tool(), sample.target(), sample.options(), summary, sorted,
                sample.checked(), sample.statistics());
    }

    @BeforeEach
    void reports() {
        List<Finding> all = findings();
        java.util.Collections.shuffle(all, new java.util.Random(1));
        FindingCollector collector = new FindingCollector(RulePolicy.DEFAULT,
                SpillSettings.defaults().withMaxFindingsInMemory(97).withTempParent(temp));
        all.forEach(collector::accept);
        spilled = report(collector.finish(), collector.summary());
        assertTrue(((FindingList) spilled.findings()).spilled());
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(Finding.ORDER);
        inMemory = report(sorted, Summary.of(sorted));
        assertEquals(inMemory.summary(), spilled.summary(), "the collector's running counts equal a full pass");
    }

    @AfterEach
    void closeAndCheckNothingIsLeft() throws IOException {
        spilled.close();
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of(), s.toList());
        }
    }

    private void sameBytes(ReportWriter writer, String what) {
        byte[] expected = WriterOutput.bytes(writer, inMemory);
        byte[] actual = WriterOutput.bytes(writer, spilled);
        if (!java.util.Arrays.equals(expected, actual)) {
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), what);
        }
        assertArrayEquals(expected, actual, what);
    }

    @Test
    void jsonTsvAndJunitListEveryFindingInOrder() throws IOException {
        for (ReportFormat f : List.of(ReportFormat.JSON, ReportFormat.TSV, ReportFormat.JUNIT)) {
            sameBytes(ReportWriters.forFormat(f, ReportStyle.defaults()), f.name());
        }
        String tsv = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TSV, ReportStyle.defaults()), spilled);
        try (var parser = TsvReportWriter.FORMAT.parse(new java.io.StringReader(tsv))) {
            assertEquals(3_015 + 1, parser.getRecords().size(), "header and every finding");
        }
    }

    @Test
    void textGroupsAndVerboseListsEverything() {
        sameBytes(ReportWriters.forFormat(ReportFormat.TEXT, ReportStyle.defaults()), "text");
        sameBytes(ReportWriters.forFormat(ReportFormat.TEXT, ReportStyle.defaults().withVerbose(true)), "verbose text");
        String text = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TEXT, ReportStyle.defaults()), spilled);
        assertTrue(text.contains("WARNING LABEL_GAP  1000 findings\n"), text);
        // 1,000 LABEL_GAP findings in 40 groups of 25: 3 groups shown, 37 folded.
        assertTrue(text.contains("    … 24 more like this in hypothesis 0, trench 0\n"), text);
        assertTrue(text.contains("  … 925 more like this in 37 more groups (hypothesis, trench)\n"), text);
    }

    @Test
    void sarifAggregatesTheSameWay() {
        RuleLookup rules = new RuleLookup(io.maskgate.engine.Areas.ruleCatalog());
        sameBytes(new SarifReportWriter(rules, null), "sarif");
        sameBytes(new SarifReportWriter(rules, 50, null), "sarif per folder");
        sameBytes(new SarifReportWriter(rules, 5, null), "sarif per rule");
    }

    @Test
    void xlsxRollsOverTheSame() {
        RuleLookup rules = new RuleLookup(io.maskgate.engine.Areas.ruleCatalog());
        sameBytes(new XlsxReportWriter(rules, 700), "xlsx with 5 findings sheets");
    }

    @Test
    void randomAccessAndEqualityWorkOnTheSpilledList() {
        List<Finding> a = inMemory.findings();
        List<Finding> b = spilled.findings();
        assertEquals(a, b);
        for (int i = a.size() - 1; i >= 0; i -= 37) {
            assertEquals(a.get(i), b.get(i));
        }
    }
}
