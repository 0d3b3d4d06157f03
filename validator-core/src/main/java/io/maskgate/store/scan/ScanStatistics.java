package io.maskgate.store.scan;

import io.maskgate.labels.LabelStats;
import io.maskgate.report.StatTable;
import io.maskgate.rules.RuleMeta;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.store.kernel.TrenchStats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the report tables of a label scan from the merged per-hypothesis statistics. */
public final class ScanStatistics {

    /** Lower edges of the object-area histogram (px); the last bin is open. */
    static final int[] AREA_EDGES = {1, 5, 10, 15, 25, 50, 75, 100, 150, 200, 300, 400, 600, 800, 1024, 2048, 4096,
        8192, 16384, 32768, 65536};

    private ScanStatistics() {
    }

    /** The tables {@code labelScan}, {@code objectsPerFrame} and {@code objectArea}. */
    public static List<StatTable> tables(TrenchStats stats, StoreGeometry geometry, List<RuleMeta> rules) {
        LabelStats[] perHypothesis = new LabelStats[stats.hypotheses()];
        for (int h = 0; h < perHypothesis.length; h++) {
            perHypothesis[h] = stats.hypothesis(h);
        }
        return List.of(summary(perHypothesis, geometry, rules), objectsPerFrame(perHypothesis, geometry),
                objectArea(perHypothesis, geometry));
    }

    static StatTable summary(LabelStats[] stats, StoreGeometry g, List<RuleMeta> rules) {
        List<String> columns = new ArrayList<>(Arrays.asList("hypothesis", "epoch", "chunksPresent", "chunksAbsent",
                "chunksFailed", "frames", "emptyFrames", "objects", "objectsPerFrameMin", "objectsPerFrameMean",
                "objectsPerFrameMax", "areaMin", "areaMedian", "areaMean", "areaMax", "maxLabel"));
        for (RuleMeta r : rules) {
            columns.add(r.code());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int h = 0; h < stats.length; h++) {
            LabelStats s = stats[h];
            List<Object> row = new ArrayList<>(Arrays.asList(h, g.epoch(h), s.chunksPresent(), s.chunksAbsent(),
                    s.chunksFailed(), s.frames(), s.emptyFrames(), s.objects(),
                    s.frames() == 0 ? null : s.objectsPerFrameMin(), mean(s.objects(), s.frames()),
                    s.frames() == 0 ? null : s.objectsPerFrameMax(),
                    s.objects() == 0 ? null : s.areaMin(), s.objects() == 0 ? null : s.areaMedian(),
                    mean(s.areaSum(), s.objects()), s.objects() == 0 ? null : s.areaMax(), s.maxLabel()));
            for (int i = 0; i < rules.size(); i++) {
                row.add(s.findings(i));
            }
            rows.add(row);
        }
        return new StatTable("labelScan", "Label scan per hypothesis: chunks (present, absent = background, failed), "
                + "frames, objects per frame, object areas in px (median exact below " + LabelStats.AREA_EXACT
                + " px, else the lower bound of its power-of-two bin) and label findings per code (codes the "
                + "policy ignores included)", columns, rows);
    }

    static StatTable objectsPerFrame(LabelStats[] stats, StoreGeometry g) {
        List<List<Object>> rows = new ArrayList<>();
        for (int h = 0; h < stats.length; h++) {
            for (int n = 0; n < 256; n++) {
                long frames = stats[h].framesWithObjects(n);
                if (frames > 0) {
                    rows.add(Arrays.asList(h, g.epoch(h), n, frames));
                }
            }
        }
        return new StatTable("objectsPerFrame", "Histogram of the number of objects per frame, per hypothesis "
                + "(rows with no frame left out)", List.of("hypothesis", "epoch", "objects", "frames"), rows);
    }

    static StatTable objectArea(LabelStats[] stats, StoreGeometry g) {
        List<List<Object>> rows = new ArrayList<>();
        for (int h = 0; h < stats.length; h++) {
            for (int i = 0; i < AREA_EDGES.length; i++) {
                int from = AREA_EDGES[i];
                int to = i + 1 < AREA_EDGES.length ? AREA_EDGES[i + 1] : Integer.MAX_VALUE;
                long objects = stats[h].objectsWithArea(from, to);
                if (objects > 0) {
                    rows.add(Arrays.asList(h, g.epoch(h), from, to == Integer.MAX_VALUE ? null : to - 1, objects));
                }
            }
        }
        return new StatTable("objectArea", "Histogram of object areas in px, per hypothesis: areaFrom..areaTo inclusive "
                + "(empty areaTo = no upper bound; rows with no object left out)",
                List.of("hypothesis", "epoch", "areaFrom", "areaTo", "objects"), rows);
    }

    /** {@code sum / count} rounded to 3 decimals, or null when count is 0. */
    static Double mean(long sum, long count) {
        return count == 0 ? null : Math.round(sum * 1000.0 / count) / 1000.0;
    }
}
