package io.maskgate.report.writer;

import io.maskgate.report.Report;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings per trench as a heat map over trenches × hypotheses: where in a store the problems sit. Trenches are
 * binned when there are more than {@value #MAX_COLUMNS}. One pass over the findings; memory bounded by the
 * (hypothesis, trench) pairs that have findings.
 */
final class HtmlTrenchMapSection implements HtmlSection {

    static final int MAX_COLUMNS = 300;

    @Override
    public String id() {
        return "trench-map";
    }

    @Override
    public String title() {
        return "Findings per trench";
    }

    @Override
    public boolean appliesTo(Report report) {
        return report.target().kind().equals("zarr-mask-store");
    }

    @Override
    public void write(Report report, Html html) throws IOException {
        Map<Long, long[]> counts = new HashMap<>();
        int maxHypothesis = -1;
        int maxTrench = -1;
        long elsewhere = 0;
        for (Finding f : report.findings()) {
            Location l = f.location();
            if (l.hypothesis() == null || l.trench() == null || l.hypothesis() < 0 || l.trench() < 0) {
                elsewhere++;
                continue;
            }
            maxHypothesis = Math.max(maxHypothesis, l.hypothesis());
            maxTrench = Math.max(maxTrench, l.trench());
            counts.computeIfAbsent(((long) l.hypothesis() << 32) | l.trench(), k -> new long[1])[0]++;
        }
        if (counts.isEmpty()) {
            html.raw("<p>").text("No finding lies in a particular trench of a hypothesis"
                    + (elsewhere > 0 ? " (" + Texts.count(elsewhere, "finding is", "findings are") + " about the store as a whole or its metadata)." : ".")).raw("</p>\n");
            return;
        }
        int trenches = maxTrench + 1;
        int bin = (trenches + MAX_COLUMNS - 1) / MAX_COLUMNS;
        int columns = (trenches + bin - 1) / bin;
        long[][] grid = new long[maxHypothesis + 1][columns];
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            int h = (int) (e.getKey() >>> 32);
            int t = (int) (e.getKey() & 0xFFFFFFFFL);
            grid[h][t / bin] += e.getValue()[0];
        }
        List<String> rows = new ArrayList<>();
        for (int h = 0; h <= maxHypothesis; h++) {
            rows.add(Integer.toString(h));
        }
        List<String> cols = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int from = c * bin;
            int to = Math.min(trenches - 1, from + bin - 1);
            cols.add(from == to ? Integer.toString(from) : from + "–" + to);
        }
        String caption = "Findings per trench (columns" + (bin > 1 ? ", " + bin + " trenches each" : "")
                + ") and hypothesis (rows); grey: none" + (elsewhere > 0 ? "; " + Html.number(elsewhere)
                + " more findings are about no particular trench" : "");
        Svg.heatMap(html, caption, "hypothesis", rows, "trench", cols, grid);
    }
}
