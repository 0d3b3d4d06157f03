package io.maskgate.agreement;

import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.MovieObserver;

import java.util.ArrayList;
import java.util.List;

/**
 * One worker's agreement analysis, fed the movies the pixel kernel decodes. The reference movie is decoded first
 * and kept; every other movie is matched to it frame by frame as it arrives, and the late hypotheses' movies are
 * kept too, so that at the end of the trench they are compared pairwise for ambiguous frames. Buffers are
 * allocated once per worker and reused for every trench. Not thread-safe.
 */
public final class TrenchAgreement implements MovieObserver {

    /** Per-hypothesis totals, columns of {@link #totals}. */
    static final int FRAMES = 0;
    static final int REFERENCE_OBJECTS = 1;
    static final int OBJECTS = 2;
    static final int MATCHED = 3;
    static final int IOU_MICROS = 4;
    static final int SPLITS = 5;
    static final int MERGES = 6;
    static final int MISSING = 7;
    static final int EXTRA = 8;
    static final int SHIFTED = 9;
    static final int FRAMES_BELOW = 10;
    static final int NOT_COMPARED = 11;
    static final int FIELDS = 12;

    private static final int PIXELS = 0;
    private static final int EMPTY = 1;
    private static final int FAILED = 2;

    private final AgreementCollector collector;
    private final AgreementConfig config;
    private final int hypotheses;
    private final int reference;
    private final int[] late;
    private final int[] latePosition;
    private final int referencePosition;
    private final int times;
    private final int frameSize;
    private final FrameMatcher matcher;
    private final FrameMatch match = new FrameMatch();
    private final byte[] empty;
    /** Movies kept for the end of the trench: the reference's and the late ones' (the reference's when late). */
    private final byte[] referenceMovie;
    private final byte[][] lateMovies;

    /** Totals over every trench this worker saw: [hypothesis][field]. */
    final long[][] totals;
    /** Per time point, over trenches: matched, reference objects, objects (all compared hypotheses). */
    final long[] timeMatched;
    final long[] timeReferenceObjects;
    final long[] timeObjects;
    final long[] timeAmbiguous;
    final long[] timeSpread;

    // The trench in progress.
    private int trench = -1;
    private int referenceState;
    private final int[] lateState;
    /** Late member against the reference, per frame: object counts, F1 (millionths), kinds. */
    private final int[][] lateCount;
    private final int[][] lateF1;
    /** Late member against the reference, per frame: lowest IoU of a matched pair (millionths). */
    private final int[][] lateMinIou;
    private final byte[][] lateKinds;
    private int[] referenceCount;
    private long trenchMatched;
    private long trenchReferenceObjects;
    private long trenchObjects;

    // Scratch of the pairwise pass.
    private final int[] pairF1;
    private final int[] pairKinds;
    private final boolean[] pairFail;
    private final int[] failCount;
    private final int[] count;

    TrenchAgreement(AgreementCollector collector) {
        this.collector = collector;
        this.config = collector.config();
        this.hypotheses = collector.hypotheses();
        this.reference = collector.reference();
        this.late = collector.late();
        this.times = collector.times();
        this.frameSize = collector.frameSize();
        this.matcher = new FrameMatcher(frameSize);
        this.empty = new byte[frameSize];
        this.latePosition = new int[hypotheses];
        java.util.Arrays.fill(latePosition, -1);
        int refPos = -1;
        for (int i = 0; i < late.length; i++) {
            latePosition[late[i]] = i;
            if (late[i] == reference) {
                refPos = i;
            }
        }
        this.referencePosition = refPos;
        int movieBytes = times * frameSize;
        this.referenceMovie = new byte[movieBytes];
        this.lateMovies = new byte[late.length][];
        for (int i = 0; i < late.length; i++) {
            lateMovies[i] = late[i] == reference ? referenceMovie : new byte[movieBytes];
        }
        int k = late.length;
        this.lateState = new int[k];
        this.lateCount = new int[k][times];
        this.lateF1 = new int[k][times];
        this.lateMinIou = new int[k][times];
        this.lateKinds = new byte[k][times];
        this.referenceCount = new int[times];
        this.totals = new long[hypotheses][FIELDS];
        this.timeMatched = new long[times];
        this.timeReferenceObjects = new long[times];
        this.timeObjects = new long[times];
        this.timeAmbiguous = new long[times];
        this.timeSpread = new long[times];
        this.pairF1 = new int[k * k];
        this.pairKinds = new int[k * k];
        this.pairFail = new boolean[k * k];
        this.failCount = new int[k];
        this.count = new int[k];
    }

    /** Heap one worker takes: its kept movies and per-frame arrays. */
    static long bytesNeeded(int lateCount, boolean referenceIsLate, int times, int frameSize) {
        long movies = (long) (lateCount + (referenceIsLate ? 0 : 1)) * times * frameSize;
        return movies + (long) lateCount * times * 13 + 4L * times + 8L * 5 * times + 65536L * 8 + 4096;
    }

    @Override
    public int firstHypothesis() {
        return reference;
    }

    @Override
    public void begin(int trench) {
        this.trench = trench;
        referenceState = FAILED;
        java.util.Arrays.fill(lateState, FAILED);
        trenchMatched = 0;
        trenchReferenceObjects = 0;
        trenchObjects = 0;
    }

    @Override
    public void movie(int hypothesis, byte[] movie, ChunkStatus.Kind kind) {
        int state = kind == ChunkStatus.Kind.ERROR ? FAILED : movie == null ? EMPTY : PIXELS;
        int position = latePosition[hypothesis];
        if (hypothesis == reference) {
            referenceState = state;
            if (state == PIXELS) {
                System.arraycopy(movie, 0, referenceMovie, 0, times * frameSize);
            }
            if (position >= 0) {
                lateState[position] = state;
            }
            return;
        }
        if (position >= 0) {
            lateState[position] = state;
            if (state == PIXELS) {
                System.arraycopy(movie, 0, lateMovies[position], 0, times * frameSize);
            }
        }
        long[] sums = totals[hypothesis];
        if (state == FAILED || referenceState == FAILED) {
            sums[NOT_COMPARED] += times;
            return;
        }
        double threshold = config.f1Threshold();
        for (int t = 0, offset = 0; t < times; t++, offset += frameSize) {
            matchFrames(referenceState == PIXELS ? referenceMovie : null, movie, offset);
            FrameMatch m = match;
            sums[FRAMES]++;
            sums[REFERENCE_OBJECTS] += m.referenceObjects;
            sums[OBJECTS] += m.objects;
            sums[MATCHED] += m.matched;
            sums[IOU_MICROS] += m.iouMicros;
            sums[SPLITS] += m.splits;
            sums[MERGES] += m.merges;
            sums[MISSING] += m.missing;
            sums[EXTRA] += m.extra;
            sums[SHIFTED] += m.shifted;
            double f1 = m.f1();
            if (f1 < threshold) {
                sums[FRAMES_BELOW]++;
            }
            timeMatched[t] += m.matched;
            timeReferenceObjects[t] += m.referenceObjects;
            timeObjects[t] += m.objects;
            trenchMatched += m.matched;
            trenchReferenceObjects += m.referenceObjects;
            trenchObjects += m.objects;
            referenceCount[t] = m.referenceObjects;
            if (position >= 0) {
                lateCount[position][t] = m.objects;
                lateF1[position][t] = (int) Math.round(f1 * FrameMatch.IOU_SCALE);
                lateMinIou[position][t] = m.minIouMicros;
                lateKinds[position][t] = (byte) m.kinds();
            }
        }
    }

    /** Matches frame {@code offset} of {@code movie} (null = background) to the reference's (null = background). */
    private void matchFrames(byte[] referenceFrames, byte[] movie, int offset) {
        matcher.match(referenceFrames == null ? empty : referenceFrames, referenceFrames == null ? 0 : offset,
                movie == null ? empty : movie, movie == null ? 0 : offset, match);
    }

    @Override
    public void end() {
        int k = late.length;
        byte[] frameKinds = new byte[times];
        byte[] spread = new byte[times];
        int[] involved = new int[times];
        long stability = 0;
        int ambiguousFrames = 0;
        // Object counts and the pairs with the reference come from the matches against it: without a readable
        // reference the trench has no late comparison (its chunk error is already a finding).
        int available = 0;
        for (int i = 0; i < k && referenceState != FAILED; i++) {
            if (lateState[i] != FAILED) {
                available |= 1 << i;
            }
        }
        int members = Integer.bitCount(available);
        for (int t = 0; t < times; t++) {
            int minF1 = (int) FrameMatch.IOU_SCALE;
            int offset = t * frameSize;
            for (int i = 0; i < k; i++) {
                if ((available & (1 << i)) == 0) {
                    continue;
                }
                count[i] = late[i] == reference ? referenceCount[t] : lateCount[i][t];
                failCount[i] = 0;
            }
            for (int j = 0; j < k; j++) {
                if ((available & (1 << j)) == 0) {
                    continue;
                }
                for (int i = 0; i < j; i++) {
                    if ((available & (1 << i)) == 0) {
                        continue;
                    }
                    int f1;
                    int kindsIRef;  // kinds with j as the reference, i as the other
                    if (j == referencePosition) {
                        f1 = lateF1[i][t];
                        kindsIRef = lateKinds[i][t];
                    } else if (i == referencePosition) {
                        f1 = lateF1[j][t];
                        kindsIRef = Kinds.reverse(lateKinds[j][t]);
                    } else if (agreeThroughReference(i, j, t)) {
                        f1 = (int) FrameMatch.IOU_SCALE;
                        kindsIRef = 0;
                    } else {
                        matcher.match(lateState[j] == PIXELS ? lateMovies[j] : empty, lateState[j] == PIXELS ? offset : 0,
                                lateState[i] == PIXELS ? lateMovies[i] : empty, lateState[i] == PIXELS ? offset : 0, match);
                        f1 = (int) Math.round(match.f1() * FrameMatch.IOU_SCALE);
                        kindsIRef = match.kinds();
                    }
                    boolean fail = f1 < Math.round(config.f1Threshold() * FrameMatch.IOU_SCALE) || count[i] != count[j];
                    pairF1[i * k + j] = f1;
                    pairKinds[i * k + j] = kindsIRef;
                    pairKinds[j * k + i] = Kinds.reverse(kindsIRef);
                    pairFail[i * k + j] = fail;
                    pairFail[j * k + i] = fail;
                    minF1 = Math.min(minF1, f1);
                    if (fail) {
                        failCount[i]++;
                        failCount[j]++;
                    }
                }
            }
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            int most = 0;
            for (int i = 0; i < k; i++) {
                if ((available & (1 << i)) != 0) {
                    lo = Math.min(lo, count[i]);
                    hi = Math.max(hi, count[i]);
                    most = Math.max(most, failCount[i]);
                }
            }
            int s = members == 0 ? 0 : Math.min(255, hi - lo);
            spread[t] = (byte) s;
            timeSpread[t] += s;
            stability += minF1;
            if (most == 0) {
                continue;
            }
            int who = 0;
            for (int i = 0; i < k; i++) {
                if ((available & (1 << i)) != 0 && failCount[i] == most) {
                    who |= 1 << i;
                }
            }
            int kinds = 0;
            boolean everyone = who == available;
            for (int i = 0; i < k; i++) {
                if ((who & (1 << i)) == 0) {
                    continue;
                }
                for (int x = 0; x < k; x++) {
                    if (x == i || (available & (1 << x)) == 0 || !pairFail[i * k + x]) {
                        continue;
                    }
                    if (!everyone && (who & (1 << x)) == 0) {
                        kinds |= pairKinds[i * k + x];       // what i does that the agreeing x does not
                    } else if (everyone && x > i) {
                        kinds |= pairKinds[i * k + x];       // no majority: the later checkpoint is the reference
                    }
                }
            }
            frameKinds[t] = (byte) (kinds | TrenchOutcome.AMBIGUOUS);
            involved[t] = who;
            ambiguousFrames++;
            timeAmbiguous[t]++;
        }
        collector.trenchDone(new TrenchOutcome(trench, collector.fov(trench), members >= 2 ? times : 0,
                ambiguousFrames, members >= 2 ? stability : 0, trenchMatched, trenchReferenceObjects, trenchObjects,
                frameKinds, spread, intervals(frameKinds, involved)));
    }

    /**
     * True when late members {@code i} and {@code j} certainly match each other completely on frame {@code t},
     * known without reading pixels: both match every object of the reference one-to-one (F1 1), and for every
     * object the two IoU distances to the reference sum to less than 0.5. The Jaccard distance 1 - IoU is a
     * metric, so the two objects matched to the same reference object are at distance below 0.5 from each other:
     * IoU above 0.5, a match. Late checkpoints mostly agree this closely, so most pairs skip the pixel pass.
     */
    private boolean agreeThroughReference(int i, int j, int t) {
        long scale = FrameMatch.IOU_SCALE;
        return lateF1[i][t] == scale && lateF1[j][t] == scale
                && (scale - lateMinIou[i][t]) + (scale - lateMinIou[j][t]) < scale / 2;
    }

    /** Runs of ambiguous frames merged across gaps of at most {@code maxGap} agreeing frames. */
    private List<AgreementInterval> intervals(byte[] frameKinds, int[] involved) {
        List<AgreementInterval> out = new ArrayList<>();
        int start = -1;
        int last = -1;
        int frames = 0;
        int kinds = 0;
        int who = 0;
        for (int t = 0; t <= times; t++) {
            boolean ambiguous = t < times && (frameKinds[t] & TrenchOutcome.AMBIGUOUS) != 0;
            if (start >= 0 && (t == times || (ambiguous && t - last - 1 > config.maxGap())
                    || (!ambiguous && t - last > config.maxGap()))) {
                out.add(interval(start, last, frames, kinds, who));
                start = -1;
            }
            if (ambiguous) {
                if (start < 0) {
                    start = t;
                    frames = 0;
                    kinds = 0;
                    who = 0;
                }
                last = t;
                frames++;
                kinds |= frameKinds[t] & ~TrenchOutcome.AMBIGUOUS & 0xFF;
                who |= involved[t];
            }
        }
        return out;
    }

    private AgreementInterval interval(int start, int end, int frames, int kinds, int who) {
        List<Integer> epochs = new ArrayList<>();
        for (int i = 0; i < late.length; i++) {
            if ((who & (1 << i)) != 0) {
                epochs.add(collector.epoch(late[i]));
            }
        }
        return new AgreementInterval(trench, collector.fov(trench), start, end, frames, epochs, kinds);
    }
}
