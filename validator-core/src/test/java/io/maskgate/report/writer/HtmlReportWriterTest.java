package io.maskgate.report.writer;

import io.maskgate.engine.FailOn;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportWriterTest {

    private static String html(Report report, ReportStyle style) {
        return WriterOutput.text(ReportWriters.forFormat(ReportFormat.HTML, style), report);
    }

    private static String html(Report report) {
        return html(report, ReportStyle.defaults());
    }

    @Test
    void oneSelfContainedPageThatLoadsNothing() {
        String page = html(SampleReports.mixed());
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        // the only URL is the SVG namespace, which is a name, not a load
        Matcher m = Pattern.compile("(?i)(https?:|//[a-z]|<script|<link|<img|@import|url\\()").matcher(
                page.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""));
        assertFalse(m.find(), () -> "external reference: " + m.group());
        assertTrue(page.endsWith("</html>\n"));
    }

    @Test
    void allTextIsEscaped() {
        Finding f = new Finding("INPUT_X", Severity.ERROR, Category.INPUT, "<b>file</b>.tsv", Location.pointer("/a\"b"),
                "<script>alert(1)</script> & 'quoted' \u001b[31m", "<i>hint</i>");
        String page = html(SampleReports.report(List.of(f), List.of(), List.of(), Map.of()));
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<b>file"), page);
        assertFalse(page.contains("<i>hint"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;quoted&#39; \\x1b[31m"), page);
        assertTrue(page.contains("&lt;b&gt;file&lt;/b&gt;.tsv"), page);
        assertTrue(page.contains("/a&quot;b"), page);
    }

    @Test
    void findingsAreGroupedAsOnTheConsoleAndEveryOneIsListed() {
        Report report = SampleReports.mixed();
        String page = html(report);
        int error = page.indexOf("INPUT_UNRECOGNISED_TARGET — 1 finding");
        int warning = page.indexOf("LABEL_TOUCHES_BORDER — 10 findings");
        int info = page.indexOf("OBJECTS_BAD_VALUE — 2 findings");
        assertTrue(error > 0 && warning > error && info > warning, "errors, then warnings, then infos");
        assertTrue(page.contains("<summary>7 more</summary>"), "3 shown, 7 behind 'N more'");
        for (int t = 0; t < 10; t++) {
            assertTrue(page.contains(">masks/c/0/" + t + "<"), "finding in trench " + t + " listed");
        }
        assertTrue(page.contains("hint: Crop the trench with a margin."));
    }

    @Test
    void beyondTheCapThePageSaysHowManyItLeavesToTheOtherReports() {
        Report report = SampleReports.many(HtmlFindingsSection.MAX_PER_CODE + 5, 3);
        String page = html(report);
        assertTrue(page.contains("<summary>1,002 more</summary>"), "everything but the 3 shown");
        assertTrue(page.contains("5 more not listed here"), page.substring(page.indexOf("more not listed") - 50));
        int rows = page.split("<tr><td class=\"mono\">", -1).length - 1;
        assertEquals(HtmlFindingsSection.MAX_PER_CODE, rows);
    }

    @Test
    void verdictFollowsTheFailThreshold() {
        Report warnings = SampleReports.many(2, 1);
        assertTrue(html(warnings).contains("nothing at or above the fail threshold (error)"));
        assertTrue(html(warnings, ReportStyle.defaults().withFailOn(FailOn.WARNING)).contains("2 findings at or above warning"));
        assertTrue(html(SampleReports.clean()).contains("No problems found."));
    }

    @Test
    void statisticsAndTheTrenchMapAreDrawnAsSvg() {
        List<Finding> f = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            for (int t = 0; t < 40; t += 1 + h) {
                f.add(new Finding("LABEL_GAP", Severity.ERROR, Category.LABELS, "data/c/" + h + "/" + t + "/0/0/0",
                        Location.mask(h, null, t, 1, 2), "gap", ""));
            }
        }
        f.sort(Finding.ORDER);
        StatTable perFrame = new StatTable("objectsPerFrame", "objects per frame", List.of("hypothesis", "epoch", "objects", "frames"),
                List.of(Arrays.asList(0, 50, 0, 12L), Arrays.asList(0, 50, 3, 40L), Arrays.asList(1, 800, 1, 30L)));
        StatTable area = new StatTable("objectArea", "areas", List.of("hypothesis", "epoch", "areaFrom", "areaTo", "objects"),
                List.of(Arrays.asList(0, 50, 15, 24, 3L), Arrays.asList(1, 800, 1024, null, 2L)));
        String page = html(SampleReports.report(f, List.of(), List.of(perFrame, area), Map.of()));
        assertEquals(3, count(page, "<svg "), "two charts and the heat map");
        assertTrue(page.contains("<title>hypothesis 0, trench 38: 1</title>"), "heat-map cells carry their counts");
        assertTrue(page.contains("<title>hypothesis 1, trench 1: 0</title>"));
        assertTrue(page.contains(">h1 (epoch 800)</text>"), "legend");
        assertTrue(page.contains("≥ 1024"), "open-ended area bin");
        assertTrue(page.contains("<title>h0 (epoch 50), 2: 0</title>"), "a missing histogram bin counts zero");
        assertTrue(page.contains("<h3>objectsPerFrame</h3>"), "every table is also shown as a table");
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(html(SampleReports.mixed()), html(SampleReports.mixed()));
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
