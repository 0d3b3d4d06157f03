package io.maskgate.report.writer;

import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-hypothesis statistics: objects per frame and object areas as line charts (one line per hypothesis), and every
 * statistics table as a table, so tables added later show up without changes here.
 */
final class HtmlStatisticsSection implements HtmlSection {

    /** Rows of one statistics table shown; the JSON and XLSX reports hold all of them. */
    static final int MAX_TABLE_ROWS = 500;

    @Override
    public String id() {
        return "statistics";
    }

    @Override
    public String title() {
        return "Statistics";
    }

    @Override
    public boolean appliesTo(Report report) {
        return !report.statistics().isEmpty();
    }

    @Override
    public void write(Report report, Html html) throws IOException {
        for (StatTable t : report.statistics()) {
            switch (t.name()) {
                case "objectsPerFrame" -> histogram(t, "objects", null, "objects per frame", "frames",
                        "Objects per frame, per hypothesis: how many frames hold 0, 1, 2 … objects", html);
                case "objectArea" -> histogram(t, "areaFrom", "areaTo", "object area (px)", "objects",
                        "Object areas, per hypothesis: how many objects fall in each area range", html);
                default -> {
                }
            }
        }
        for (StatTable t : report.statistics()) {
            table(t, html);
        }
    }

    /**
     * A histogram table (hypothesis, epoch, bin columns…, count) drawn as one line per hypothesis; a bin missing
     * for a hypothesis counts zero.
     */
    private static void histogram(StatTable t, String fromColumn, String toColumn, String xTitle, String yTitle,
                                  String caption, Html html) throws IOException {
        int h = t.columns().indexOf("hypothesis");
        int e = t.columns().indexOf("epoch");
        int from = t.columns().indexOf(fromColumn);
        int to = toColumn == null ? -1 : t.columns().indexOf(toColumn);
        int count = t.columns().size() - 1;
        if (h < 0 || from < 0 || t.rows().isEmpty()) {
            return;
        }
        TreeMap<Long, String> bins = new TreeMap<>();
        Map<Long, Map<Long, Double>> byHypothesis = new TreeMap<>();
        Map<Long, String> names = new TreeMap<>();
        for (List<Object> row : t.rows()) {
            long hyp = number(row.get(h));
            long bin = number(row.get(from));
            Object end = to < 0 ? null : row.get(to);
            bins.put(bin, to < 0 ? Long.toString(bin) : end == null ? "≥ " + bin : bin == number(end) ? Long.toString(bin) : bin + "–" + number(end));
            byHypothesis.computeIfAbsent(hyp, k -> new TreeMap<>()).merge(bin, (double) number(row.get(count)), Double::sum);
            names.putIfAbsent(hyp, "h" + hyp + (e >= 0 && row.get(e) != null ? " (epoch " + row.get(e) + ")" : ""));
        }
        List<Long> keys = new ArrayList<>(new TreeSet<>(bins.keySet()));
        if (to < 0) { // a count axis: every value from the smallest to the largest
            keys.clear();
            for (long k = bins.firstKey(); k <= bins.lastKey(); k++) {
                keys.add(k);
                bins.putIfAbsent(k, Long.toString(k));
            }
        }
        List<String> labels = new ArrayList<>();
        for (long k : keys) {
            labels.add(bins.get(k));
        }
        List<Svg.Series> series = new ArrayList<>();
        for (Map.Entry<Long, Map<Long, Double>> en : byHypothesis.entrySet()) {
            double[] values = new double[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                values[i] = en.getValue().getOrDefault(keys.get(i), 0.0);
            }
            series.add(new Svg.Series(names.get(en.getKey()), values));
        }
        Svg.lineChart(html, caption, xTitle, yTitle, labels, series);
    }

    private static long number(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static void table(StatTable t, Html html) throws IOException {
        html.raw("<h3>").text(t.name()).raw("</h3>\n<p class=\"muted\">").text(t.description()).raw("</p>\n");
        html.raw("<details" + (t.rows().size() <= 40 ? " open" : "") + "><summary>")
                .text(Texts.count(t.rows().size(), "row", "rows")).raw("</summary>\n<table><tr>");
        for (String c : t.columns()) {
            html.raw("<th>").text(c).raw("</th>");
        }
        html.raw("</tr>\n");
        int shown = Math.min(MAX_TABLE_ROWS, t.rows().size());
        for (List<Object> row : t.rows().subList(0, shown)) {
            html.raw("<tr>");
            for (Object v : row) {
                html.raw(v instanceof Number ? "<td class=\"n\">" : "<td>").text(v == null ? "" : v.toString()).raw("</td>");
            }
            html.raw("</tr>\n");
        }
        html.raw("</table>\n");
        if (t.rows().size() > shown) {
            html.raw("<p class=\"muted\">").text(Html.number(t.rows().size() - shown)
                    + " more rows not shown here; the JSON and XLSX reports hold every row.").raw("</p>\n");
        }
        html.raw("</details>\n");
    }
}
