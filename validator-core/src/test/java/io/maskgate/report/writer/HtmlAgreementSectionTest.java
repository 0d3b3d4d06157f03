package io.maskgate.report.writer;

import io.maskgate.agreement.AgreementCollector;
import io.maskgate.findings.Summary;
import io.maskgate.report.Agreement;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;
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

class HtmlAgreementSectionTest {

    private static final String FOV = "<fov&1>";

    /** 3 hypotheses (reference epoch 3999), 2 unstable trenches, a 2 × 2 heat map, 25 intervals. */
    private static Report report() {
        List<Agreement.EpochPoint> curve = List.of(
                new Agreement.EpochPoint(0, 50, 0.25, 0.6, false),
                new Agreement.EpochPoint(1, 200, 0.87, 0.91, false),
                new Agreement.EpochPoint(2, 3999, 1, 1, true));
        List<Agreement.TrenchSeries> worst = List.of(
                new Agreement.TrenchSeries(7, FOV, 3, 0.5, new int[] {0, 0, 2, 2, 1, 0}),
                new Agreement.TrenchSeries(2, "", 1, 0.8, new int[] {0, 1, 0, 0, 0, 0}));
        Agreement.HeatMap heat = new Agreement.HeatMap(10, 6, new int[] {0, 5}, new int[] {0, 3},
                new double[][] {{0, 0.5}, {1, 0}});
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(Arrays.asList(i, i == 0 ? "<script>x</script>" : "fov", i, i + 2, 3, 3, "200,3999", "split"));
        }
        StatTable intervals = new StatTable(AgreementCollector.INTERVALS, "intervals",
                List.of("trench", "fov", "start", "end", "frames", "ambiguousFrames", "hypotheses", "kind"), rows);
        Agreement a = new Agreement(3999, List.of(200, 3999), 0.9, 1, 10, 60, 4, 25, curve, worst, heat,
                List.of(AgreementCollector.INTERVALS));
        return new Report(Report.REPORT_VERSION, new Report.Tool("maskgate", "0.1.0-test"),
                new Report.Target(SampleReports.TARGET, "zarr-mask-store", ""), Map.of(), Summary.of(List.of()),
                List.of(), List.of(), List.of(intervals), a);
    }

    private static String page(Report report) {
        return WriterOutput.text(ReportWriters.forFormat(ReportFormat.HTML, ReportStyle.defaults()), report);
    }

    private static String section(String page) {
        int from = page.indexOf("<section id=\"agreement\">");
        assertTrue(from >= 0, "the agreement section is there");
        return page.substring(from, page.indexOf("</section>", from));
    }

    @Test
    void onlyAReportWithAnAgreementSectionShowsIt() {
        String without = page(SampleReports.mixed());
        assertFalse(without.contains("id=\"agreement\""));
        assertFalse(without.contains("href=\"#agreement\""));
        String with = page(report());
        assertTrue(with.contains("<a href=\"#agreement\">Hypothesis agreement</a>"));
        assertTrue(with.indexOf("id=\"agreement\"") < with.indexOf("id=\"statistics\""), "before the full tables");
    }

    @Test
    void theAgreementCurveHasOnePointPerHypothesisForF1AndMeanIou() {
        String s = section(page(report()));
        assertTrue(s.contains("<title>F1, 50: 0.25</title>"), s);
        assertTrue(s.contains("<title>F1, 200: 0.87</title>"), s);
        assertTrue(s.contains("<title>F1, 3999 (ref): 1</title>"), s);
        assertTrue(s.contains("<title>mean IoU, 50: 0.6</title>"), s);
        assertTrue(s.contains("<title>mean IoU, 200: 0.91</title>"), s);
        assertEquals(6 + 12, count(s, "<circle "), "3 + 3 curve points, 2 trenches × 6 time points");
    }

    @Test
    void theCountDifferencePlotHasOneLinePerUnstableTrench() {
        String s = section(page(report()));
        assertTrue(s.contains("<title>trench 7 (&lt;fov&amp;1&gt;), 2: 2</title>"), s);
        assertTrue(s.contains("<title>trench 7 (&lt;fov&amp;1&gt;), 4: 1</title>"), s);
        assertTrue(s.contains("<title>trench 2, 1: 1</title>"), s);
        assertFalse(s.contains(FOV), "the fov is escaped");
    }

    @Test
    void theHeatMapColoursEachBlockByItsShareOfAmbiguousFrames() {
        String s = section(page(report()));
        assertTrue(s.contains("fill=\"#eeeeee\"><title>trenches 0–4, time points 0–2: 0%</title>"), s);
        assertTrue(s.contains("fill=\"" + Svg.shareColour(0.5) + "\"><title>trenches 0–4, time points 3–5: 50%</title>"), s);
        assertTrue(s.contains("fill=\"" + Svg.shareColour(1) + "\"><title>trenches 5–9, time points 0–2: 100%</title>"), s);
        assertTrue(s.contains("fill=\"#eeeeee\"><title>trenches 5–9, time points 3–5: 0%</title>"), s);
        assertFalse(Svg.shareColour(0.5).equals(Svg.shareColour(1)), "more disagreement, another colour");
    }

    @Test
    void theIntervalTableShowsTheFirstRowsAndPointsToTheRest() {
        String s = section(page(report()));
        String table = s.substring(s.indexOf("<table>"), s.indexOf("</table>"));
        assertEquals(1 + HtmlAgreementSection.MAX_INTERVALS, count(table, "<tr>"));
        assertTrue(s.contains("5 more intervals: " + AgreementIntervalsWriter.FILE_NAME), s);
        assertFalse(s.contains("<script>"), s);
        assertTrue(s.contains("&lt;script&gt;x&lt;/script&gt;"), s);
        assertTrue(s.contains("<td class=\"n\">19</td>") && !s.contains("<td class=\"n\">24</td>"), s);
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
