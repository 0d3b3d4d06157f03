package io.maskgate.report;

import java.util.List;

/**
 * The hypothesis-agreement section of a report: what a chart needs, small whatever the store's size. The full
 * tables (per epoch, trench, time point, and the ambiguous intervals) are statistics tables of the report, named
 * in {@link #tables()}.
 *
 * @param referenceEpoch  epoch of the reference hypothesis every other one is matched to (its index when the
 *                        store has no epochs)
 * @param lateEpochs      the late hypotheses compared among themselves for ambiguous intervals
 * @param f1Threshold     a pair of late hypotheses disagrees on a frame below this F1 (or with other object counts)
 * @param maxGap          ambiguous runs this many agreeing frames apart are one interval
 * @param trenches        trenches compared
 * @param frames          frames compared among the late hypotheses (trenches × times)
 * @param ambiguousFrames frames where the late hypotheses disagree
 * @param intervals       ambiguous intervals
 * @param curve           agreement with the reference, one point per hypothesis in epoch order: plot F1 (and mean
 *                        IoU) against epoch to see when training settles
 * @param worstTrenches   the trenches with the most ambiguous frames, worst first, with the object-count spread of
 *                        the late hypotheses per time point: plot it over time
 * @param heatMap         fraction of ambiguous frames per block of trenches × block of time points
 * @param tables          names of the statistics tables holding the detail
 */
public record Agreement(int referenceEpoch, List<Integer> lateEpochs, double f1Threshold, int maxGap, long trenches,
                        long frames, long ambiguousFrames, long intervals, List<EpochPoint> curve,
                        List<TrenchSeries> worstTrenches, HeatMap heatMap, List<String> tables) {

    public Agreement {
        lateEpochs = List.copyOf(lateEpochs);
        curve = List.copyOf(curve);
        worstTrenches = List.copyOf(worstTrenches);
        tables = List.copyOf(tables);
    }

    /**
     * One point of the agreement curve.
     *
     * @param f1      F1 at IoU 0.5 of the hypothesis's objects against the reference's, pooled over all frames
     * @param meanIou mean IoU of the matched objects
     */
    public record EpochPoint(int hypothesis, int epoch, double f1, double meanIou, boolean reference) {
    }

    /**
     * One trench's object-count disagreement over time.
     *
     * @param countSpread per time point: largest minus smallest object count among the late hypotheses
     */
    public record TrenchSeries(int trench, String fov, long ambiguousFrames, double stability, int[] countSpread) {
    }

    /**
     * A trench × time grid of disagreement, binned so that it stays small.
     *
     * @param trenchStarts first trench of each row block (a block ends where the next starts, the last at
     *                     {@code trenches})
     * @param timeStarts   first time point of each column block
     * @param values       [row][column]: fraction of ambiguous frames in the block, 0 to 1
     */
    public record HeatMap(int trenches, int times, int[] trenchStarts, int[] timeStarts, double[][] values) {
    }
}
