package io.maskgate.agreement;

import io.maskgate.report.Agreement;
import io.maskgate.report.StatTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The agreement analysis of one store: hands a {@link TrenchAgreement} to every scan worker, keeps each trench's
 * outcome, and builds the report's section and tables at the end. Sums are integers (IoU in millionths) and
 * outcomes are kept by trench, so the result does not depend on the thread count or the order trenches finish.
 */
public final class AgreementCollector {

    /** Blocks of the heat map at most, per axis. */
    static final int HEAT_MAP_BLOCKS = 120;
    /** Trenches in the worst-trench series. */
    static final int WORST_TRENCHES = 10;

    public static final String PER_EPOCH = "agreementPerEpoch";
    public static final String PER_TRENCH = "agreementPerTrench";
    public static final String PER_TIME = "agreementPerTime";
    public static final String INTERVALS = "agreementIntervals";

    private final AgreementConfig config;
    private final int hypotheses;
    private final int[] epochs;
    private final int times;
    private final int frameSize;
    private final String[] fovs;
    private final int reference;
    private final int[] late;
    private final TrenchOutcome[] outcomes;
    private final List<TrenchAgreement> workers = new ArrayList<>();

    /**
     * @param epochs   one per hypothesis, or null when the store has none (hypotheses are then named by index)
     * @param fovs     field of view per trench, or null / shorter when unknown
     * @throws IllegalArgumentException when fewer than two hypotheses, or the reference epoch is not one of them
     */
    public AgreementCollector(AgreementConfig config, int hypotheses, int[] epochs, int trenches, int times, int height,
                              int width, String[] fovs) {
        if (hypotheses < 2) {
            throw new IllegalArgumentException("agreement needs at least two hypotheses, the store has " + hypotheses);
        }
        this.config = config;
        this.hypotheses = hypotheses;
        this.epochs = epochs == null || epochs.length != hypotheses ? null : epochs.clone();
        this.times = times;
        this.frameSize = Math.multiplyExact(height, width);
        this.fovs = fovs == null ? new String[0] : fovs.clone();
        this.reference = referenceIndex(config.referenceEpoch());
        int k = Math.min(config.late(), hypotheses);
        this.late = new int[k];
        for (int i = 0; i < k; i++) {
            late[i] = hypotheses - k + i;
        }
        this.outcomes = new TrenchOutcome[trenches];
    }

    private int referenceIndex(Integer epoch) {
        if (epoch == null) {
            return hypotheses - 1;
        }
        for (int h = 0; h < hypotheses; h++) {
            if (epoch(h) == epoch) {
                return h;
            }
        }
        throw new IllegalArgumentException("no hypothesis has epoch " + epoch + "; the store's epochs are "
                + (epochs == null ? "not given (use a hypothesis index 0.." + (hypotheses - 1) + ")" : Arrays.toString(epochs)));
    }

    /** Heap of one worker, for the scan's memory budget. */
    public long bytesPerWorker() {
        boolean referenceLate = late[0] <= reference;
        return TrenchAgreement.bytesNeeded(late.length, referenceLate, times, frameSize);
    }

    /** A new worker's analysis, fed by one kernel. */
    public synchronized TrenchAgreement newWorker() {
        TrenchAgreement w = new TrenchAgreement(this);
        workers.add(w);
        return w;
    }

    void trenchDone(TrenchOutcome outcome) {
        outcomes[outcome.trench()] = outcome;  // one worker per trench: distinct slots
    }

    AgreementConfig config() {
        return config;
    }

    int hypotheses() {
        return hypotheses;
    }

    int reference() {
        return reference;
    }

    int[] late() {
        return late;
    }

    int times() {
        return times;
    }

    int frameSize() {
        return frameSize;
    }

    /** The epoch of hypothesis {@code h}, or {@code h} when the store has no epochs. */
    int epoch(int h) {
        return epochs == null ? h : epochs[h];
    }

    String fov(int trench) {
        return trench < fovs.length && fovs[trench] != null ? fovs[trench] : "";
    }

    /** The section and tables, once every worker is done. */
    public synchronized AgreementResult result() {
        long[][] totals = new long[hypotheses][TrenchAgreement.FIELDS];
        long[][] perTime = new long[5][times];
        for (TrenchAgreement w : workers) {
            for (int h = 0; h < hypotheses; h++) {
                for (int f = 0; f < TrenchAgreement.FIELDS; f++) {
                    totals[h][f] += w.totals[h][f];
                }
            }
            add(perTime[0], w.timeMatched);
            add(perTime[1], w.timeReferenceObjects);
            add(perTime[2], w.timeObjects);
            add(perTime[3], w.timeAmbiguous);
            add(perTime[4], w.timeSpread);
        }
        List<TrenchOutcome> done = new ArrayList<>();
        for (TrenchOutcome o : outcomes) {
            if (o != null) {
                done.add(o);
            }
        }
        List<AgreementInterval> intervals = new ArrayList<>();
        long frames = 0;
        long ambiguous = 0;
        for (TrenchOutcome o : done) {
            intervals.addAll(o.intervals());
            frames += o.frames();
            ambiguous += o.ambiguousFrames();
        }
        List<Integer> lateEpochs = new ArrayList<>();
        for (int h : late) {
            lateEpochs.add(epoch(h));
        }
        List<StatTable> tables = List.of(perEpoch(totals), perTrench(done), perTime(perTime, done.size()),
                intervalTable(intervals));
        Agreement section = new Agreement(epoch(reference), lateEpochs, config.f1Threshold(), config.maxGap(),
                done.size(), frames, ambiguous, intervals.size(), curve(totals), worst(done), heatMap(done),
                tables.stream().map(StatTable::name).toList());
        return new AgreementResult(section, tables, intervals);
    }

    private static void add(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }

    private List<Agreement.EpochPoint> curve(long[][] totals) {
        List<Agreement.EpochPoint> points = new ArrayList<>();
        for (int h = 0; h < hypotheses; h++) {
            long[] s = totals[h];
            boolean ref = h == reference;
            double f1 = ref ? 1 : FrameMatch.f1(s[TrenchAgreement.MATCHED], s[TrenchAgreement.REFERENCE_OBJECTS],
                    s[TrenchAgreement.OBJECTS]);
            points.add(new Agreement.EpochPoint(h, epoch(h), f1, ref ? 1 : meanIou(s), ref));
        }
        return points;
    }

    private static double meanIou(long[] s) {
        long matched = s[TrenchAgreement.MATCHED];
        if (matched == 0) {
            return s[TrenchAgreement.REFERENCE_OBJECTS] + s[TrenchAgreement.OBJECTS] == 0 ? 1 : 0;
        }
        return (double) s[TrenchAgreement.IOU_MICROS] / FrameMatch.IOU_SCALE / matched;
    }

    private StatTable perEpoch(long[][] totals) {
        List<List<Object>> rows = new ArrayList<>();
        for (int h = 0; h < hypotheses; h++) {
            long[] s = totals[h];
            boolean ref = h == reference;
            rows.add(Arrays.asList(h, epoch(h), ref, ref ? null : s[TrenchAgreement.FRAMES],
                    ref ? null : s[TrenchAgreement.REFERENCE_OBJECTS], ref ? null : s[TrenchAgreement.OBJECTS],
                    ref ? null : s[TrenchAgreement.MATCHED], ref ? null : round(meanIou(s)),
                    ref ? null : round(FrameMatch.f1(s[TrenchAgreement.MATCHED], s[TrenchAgreement.REFERENCE_OBJECTS],
                            s[TrenchAgreement.OBJECTS])),
                    ref ? null : s[TrenchAgreement.SPLITS], ref ? null : s[TrenchAgreement.MERGES],
                    ref ? null : s[TrenchAgreement.MISSING], ref ? null : s[TrenchAgreement.EXTRA],
                    ref ? null : s[TrenchAgreement.SHIFTED], ref ? null : s[TrenchAgreement.FRAMES_BELOW],
                    ref ? null : s[TrenchAgreement.NOT_COMPARED]));
        }
        return new StatTable(PER_EPOCH, "Agreement of each hypothesis with the reference (epoch " + epoch(reference)
                + "): objects matched one-to-one at IoU > 0.5, frame by frame; F1 = 2 matched / (reference objects + "
                + "objects); splits, merges, missing, extra and shifted objects summed over frames; framesBelowF1 = "
                + "frames with F1 < " + config.f1Threshold() + "; framesNotCompared = frames of unreadable chunks",
                List.of("hypothesis", "epoch", "reference", "frames", "referenceObjects", "objects", "matched",
                        "meanIoU", "f1", "splits", "merges", "missing", "extra", "shifted", "framesBelowF1",
                        "framesNotCompared"), rows);
    }

    private StatTable perTrench(List<TrenchOutcome> done) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrenchOutcome o : done) {
            rows.add(Arrays.asList(o.trench(), o.fov(), round(o.stability()), o.frames(), o.ambiguousFrames(),
                    o.intervals().size(), round(o.f1())));
        }
        return new StatTable(PER_TRENCH, "Per trench: stability = mean over frames of the lowest F1 of any pair of the "
                + "late hypotheses (1 = they always agree); ambiguousFrames = frames where they disagree; f1 = all "
                + "hypotheses against the reference, pooled",
                List.of("trench", "fov", "stability", "frames", "ambiguousFrames", "intervals", "f1"), rows);
    }

    private StatTable perTime(long[][] perTime, int trenches) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            rows.add(Arrays.asList(t, round(FrameMatch.f1(perTime[0][t], perTime[1][t], perTime[2][t])),
                    perTime[3][t], trenches == 0 ? null : round((double) perTime[4][t] / trenches)));
        }
        return new StatTable(PER_TIME, "Per time point over all compared trenches: f1 = every hypothesis against the "
                + "reference, pooled; ambiguousTrenches = trenches whose late hypotheses disagree at that time; "
                + "meanCountSpread = mean of (largest - smallest object count of the late hypotheses)",
                List.of("time", "f1", "ambiguousTrenches", "meanCountSpread"), rows);
    }

    /** The intervals, one row each; also the TSV a repair-based tracker reads. */
    static StatTable intervalTable(List<AgreementInterval> intervals) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgreementInterval i : intervals) {
            StringBuilder epochs = new StringBuilder();
            for (int e : i.epochs()) {
                epochs.append(epochs.length() == 0 ? "" : ",").append(e);
            }
            rows.add(Arrays.asList(i.trench(), i.fov(), i.start(), i.end(), i.frames(), i.ambiguousFrames(),
                    epochs.toString(), i.kindNames()));
        }
        return new StatTable(INTERVALS, "Ambiguous intervals: maximal runs of frames of one trench where the late "
                + "hypotheses disagree (a pair with F1 below the threshold or different object counts), merged across "
                + "short gaps; start and end are time indexes, inclusive; hypotheses = epochs of the late hypotheses "
                + "that disagree with the others; kind = what they do: split, merge, missing, extra, shifted",
                List.of("trench", "fov", "start", "end", "frames", "ambiguousFrames", "hypotheses", "kind"), rows);
    }

    private List<Agreement.TrenchSeries> worst(List<TrenchOutcome> done) {
        return done.stream().filter(o -> o.ambiguousFrames() > 0)
                .sorted(Comparator.comparingInt(TrenchOutcome::ambiguousFrames).reversed()
                        .thenComparingInt(TrenchOutcome::trench))
                .limit(WORST_TRENCHES)
                .map(o -> {
                    int[] spread = new int[o.countSpread().length];
                    for (int t = 0; t < spread.length; t++) {
                        spread[t] = o.countSpread()[t] & 0xFF;
                    }
                    return new Agreement.TrenchSeries(o.trench(), o.fov(), o.ambiguousFrames(), round(o.stability()),
                            spread);
                }).toList();
    }

    private Agreement.HeatMap heatMap(List<TrenchOutcome> done) {
        int rows = Math.min(HEAT_MAP_BLOCKS, done.size());
        int cols = Math.min(HEAT_MAP_BLOCKS, times);
        int[] trenchStarts = new int[rows];
        int[] timeStarts = new int[cols];
        double[][] values = new double[rows][cols];
        for (int c = 0; c < cols; c++) {
            timeStarts[c] = (int) ((long) c * times / cols);
        }
        for (int r = 0; r < rows; r++) {
            int from = (int) ((long) r * done.size() / rows);
            int to = (int) ((long) (r + 1) * done.size() / rows);
            trenchStarts[r] = done.get(from).trench();
            for (int c = 0; c < cols; c++) {
                int t0 = timeStarts[c];
                int t1 = c + 1 < cols ? timeStarts[c + 1] : times;
                long hits = 0;
                for (int i = from; i < to; i++) {
                    byte[] kinds = done.get(i).frameKinds();
                    for (int t = t0; t < t1; t++) {
                        if ((kinds[t] & TrenchOutcome.AMBIGUOUS) != 0) {
                            hits++;
                        }
                    }
                }
                values[r][c] = round((double) hits / ((long) (to - from) * (t1 - t0)));
            }
        }
        return new Agreement.HeatMap(outcomes.length, times, trenchStarts, timeStarts, values);
    }

    /** Six decimals: enough for a chart, and stable text in reports. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
