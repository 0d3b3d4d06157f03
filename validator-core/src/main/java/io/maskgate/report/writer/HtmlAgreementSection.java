package io.maskgate.report.writer;

import io.maskgate.agreement.AgreementCollector;
import io.maskgate.report.Agreement;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The hypothesis agreement as three plots (agreement with the reference vs epoch, object-count spread over time
 * for the least stable trenches, a trench × time heat map of disagreement) and the first ambiguous intervals.
 * Shown only when the report has an agreement section; the full tables stay in the statistics section, the JSON
 * and XLSX reports and the intervals TSV.
 */
final class HtmlAgreementSection implements HtmlSection {

    /** Intervals listed here; the rest are counted and pointed to. */
    static final int MAX_INTERVALS = 20;
    /** Trenches drawn in the count-spread plot: more lines would not be readable. */
    static final int MAX_TRENCH_LINES = 5;

    @Override
    public String id() {
        return "agreement";
    }

    @Override
    public String title() {
        return "Hypothesis agreement";
    }

    @Override
    public boolean appliesTo(Report report) {
        return report.agreement() != null;
    }

    @Override
    public void write(Report report, Html html) throws IOException {
        Agreement a = report.agreement();
        double share = a.frames() == 0 ? 0 : 100.0 * a.ambiguousFrames() / a.frames();
        html.raw("<p>").text(String.format(Locale.ROOT, "Every hypothesis is matched to the reference (epoch %d) "
                        + "object by object (IoU above 0.5). The late hypotheses (epochs %s) disagree on %s of %s "
                        + "frames (%.2f%%) of %s trenches, in %s ambiguous intervals (a pair with F1 below %s or "
                        + "different object counts; runs at most %d frames apart are one interval).",
                a.referenceEpoch(), join(a.lateEpochs()), Html.number(a.ambiguousFrames()), Html.number(a.frames()),
                share, Html.number(a.trenches()), Html.number(a.intervals()), Svg.fmt(a.f1Threshold()), a.maxGap()))
                .raw("</p>\n");
        curve(a, html);
        worstTrenches(a, html);
        heatMap(a, html);
        intervals(report, html);
    }

    /** Plot 1: F1 and mean IoU against the reference, one point per hypothesis in epoch order. */
    private static void curve(Agreement a, Html html) throws IOException {
        List<String> epochs = new ArrayList<>();
        double[] f1 = new double[a.curve().size()];
        double[] iou = new double[a.curve().size()];
        for (int i = 0; i < a.curve().size(); i++) {
            Agreement.EpochPoint p = a.curve().get(i);
            epochs.add(p.reference() ? p.epoch() + " (ref)" : Integer.toString(p.epoch()));
            f1[i] = p.f1();
            iou[i] = p.meanIou();
        }
        Svg.lineChart(html, "Agreement with the reference (epoch " + a.referenceEpoch() + ") by epoch: F1 at IoU 0.5 "
                        + "and mean IoU of the matched objects, 1 = identical. Read it left to right: where the lines "
                        + "reach 1 and stay there, training has settled; a dip marks a checkpoint that segments "
                        + "differently.", "epoch (hypotheses in epoch order)", "agreement (0 to 1)", epochs,
                List.of(new Svg.Series("F1", f1), new Svg.Series("mean IoU", iou)));
    }

    /** Plot 2: the object-count spread of the late hypotheses over time, one line per least stable trench. */
    private static void worstTrenches(Agreement a, Html html) throws IOException {
        if (a.worstTrenches().isEmpty()) {
            html.raw("<p>").text("The late hypotheses agree on every frame: no trench has an ambiguous frame.")
                    .raw("</p>\n");
            return;
        }
        List<Agreement.TrenchSeries> shown = a.worstTrenches().subList(0, Math.min(MAX_TRENCH_LINES,
                a.worstTrenches().size()));
        int times = 0;
        for (Agreement.TrenchSeries t : shown) {
            times = Math.max(times, t.countSpread().length);
        }
        List<String> labels = new ArrayList<>(times);
        for (int t = 0; t < times; t++) {
            labels.add(Integer.toString(t));
        }
        List<Svg.Series> series = new ArrayList<>();
        for (Agreement.TrenchSeries t : shown) {
            double[] values = new double[times];
            Arrays.fill(values, Double.NaN);
            for (int i = 0; i < t.countSpread().length; i++) {
                values[i] = t.countSpread()[i];
            }
            series.add(new Svg.Series("trench " + t.trench() + (t.fov().isEmpty() ? "" : " (" + t.fov() + ")"), values));
        }
        Svg.lineChart(html, "Object-count difference over time for the " + Texts.count(shown.size(),
                        "least stable trench", "least stable trenches") + " (most ambiguous frames first): per time "
                        + "point, the largest minus the smallest object count among the late hypotheses. 0 means they "
                        + "count the same objects; a raised stretch is where they split, merge or miss cells.",
                "time point", "object-count difference", labels, series);
    }

    /** Plot 3: the share of ambiguous frames per block of trenches × block of time points. */
    private static void heatMap(Agreement a, Html html) throws IOException {
        Agreement.HeatMap h = a.heatMap();
        if (h == null || h.trenchStarts().length == 0 || h.timeStarts().length == 0) {
            return;
        }
        List<String> rows = blocks(h.trenchStarts(), h.trenches());
        List<String> columns = blocks(h.timeStarts(), h.times());
        Svg.shareHeatMap(html, "Disagreement by trench (rows) and time (columns): the share of frames in each block "
                        + "where the late hypotheses disagree; grey: they agree on every frame. Dark cells are where "
                        + "to look first; a dark row is an unstable trench, a dark column a hard stretch of time.",
                "trenches", rows, "time points", columns, h.values());
    }

    /** Labels of blocks starting at {@code starts}, the last ending before {@code end}: "3" or "3–5". */
    private static List<String> blocks(int[] starts, int end) {
        List<String> labels = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            int last = (i + 1 < starts.length ? starts[i + 1] : end) - 1;
            labels.add(last <= starts[i] ? Integer.toString(starts[i]) : starts[i] + "–" + last);
        }
        return labels;
    }

    /** The first ambiguous intervals as a table, with a pointer to the files that hold them all. */
    private static void intervals(Report report, Html html) throws IOException {
        StatTable t = report.statistics().stream().filter(s -> s.name().equals(AgreementCollector.INTERVALS))
                .findFirst().orElse(null);
        html.raw("<h3>").text("Ambiguous intervals").raw("</h3>\n");
        if (t == null || t.rows().isEmpty()) {
            html.raw("<p>").text("No ambiguous interval.").raw("</p>\n");
            return;
        }
        html.raw("<table><tr>");
        for (String c : t.columns()) {
            html.raw("<th>").text(c).raw("</th>");
        }
        html.raw("</tr>\n");
        int shown = Math.min(MAX_INTERVALS, t.rows().size());
        for (List<Object> row : t.rows().subList(0, shown)) {
            html.raw("<tr>");
            for (Object v : row) {
                html.raw(v instanceof Number ? "<td class=\"n\">" : "<td>").text(v == null ? "" : v.toString())
                        .raw("</td>");
            }
            html.raw("</tr>\n");
        }
        html.raw("</table>\n");
        if (t.rows().size() > shown) {
            html.raw("<p class=\"muted\">").text(Html.number(t.rows().size() - shown) + " more intervals: "
                    + AgreementIntervalsWriter.FILE_NAME + " beside the reports, the XLSX sheet and the JSON statistics table "
                    + AgreementCollector.INTERVALS + " hold every one.").raw("</p>\n");
        }
    }

    private static String join(List<Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(v);
        }
        return sb.toString();
    }
}
