package io.maskgate.labels;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Label statistics of one hypothesis, accumulated by one worker without locking and merged at the
 * end of a scan. All values are sums, minima, maxima or histograms, so merging is associative and
 * commutative: the merged result does not depend on how chunks were spread over workers or machines.
 */
public final class LabelStats implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Object areas below this are histogrammed exactly; above, in powers of two. */
    public static final int AREA_EXACT = 1024;
    private static final int AREA_OCTAVES = 32 - Integer.numberOfLeadingZeros(FrameAnalyzer.MAX_FRAME_PIXELS) - 10;
    private static final int AREA_BINS = AREA_EXACT + AREA_OCTAVES;

    private long chunksPresent;
    private long chunksAbsent;
    private long chunksFailed;
    private long frames;
    private long emptyFrames;
    private long objects;
    private final long[] objectsPerFrame = new long[FrameAnalyzer.LABELS];
    private final long[] areaBins = new long[AREA_BINS];
    private long areaSum;
    private int areaMin = Integer.MAX_VALUE;
    private int areaMax;
    private int maxLabel;
    private final long[] findings;

    /** @param rules number of content rules whose findings are counted (see {@link LabelRules#contentRules()}) */
    public LabelStats(int rules) {
        this.findings = new long[rules];
    }

    /** Heap one instance needs, for memory budgets. */
    public static long bytesNeeded(int rules) {
        return 8L * (FrameAnalyzer.LABELS + AREA_BINS + rules) + 256;
    }

    /** Adds one analysed frame. */
    public void frame(FrameAnalysis frame) {
        int n = frame.labelCount();
        frames++;
        objectsPerFrame[n]++;
        if (n == 0) {
            emptyFrames++;
            return;
        }
        objects += n;
        if (frame.maxLabel() > maxLabel) {
            maxLabel = frame.maxLabel();
        }
        for (int i = 0; i < n; i++) {
            int area = frame.area(frame.labelAt(i));
            areaBins[areaBin(area)]++;
            areaSum += area;
            if (area < areaMin) {
                areaMin = area;
            }
            if (area > areaMax) {
                areaMax = area;
            }
        }
    }

    /** Adds {@code count} frames without objects (an absent chunk reads as background). */
    public void emptyFrames(long count) {
        frames += count;
        emptyFrames += count;
        objectsPerFrame[0] += count;
    }

    public void chunkPresent() {
        chunksPresent++;
    }

    public void chunkAbsent() {
        chunksAbsent++;
    }

    public void chunkFailed() {
        chunksFailed++;
    }

    /** Counts one finding of content rule {@code rule} (index in {@link LabelRules#contentRules()}). */
    public void finding(int rule) {
        findings[rule]++;
    }

    /** Adds {@code other} into this. */
    public void merge(LabelStats other) {
        if (other.findings.length != findings.length) {
            throw new IllegalArgumentException("statistics of " + other.findings.length + " rules merged into "
                    + findings.length);
        }
        chunksPresent += other.chunksPresent;
        chunksAbsent += other.chunksAbsent;
        chunksFailed += other.chunksFailed;
        frames += other.frames;
        emptyFrames += other.emptyFrames;
        objects += other.objects;
        for (int i = 0; i < objectsPerFrame.length; i++) {
            objectsPerFrame[i] += other.objectsPerFrame[i];
        }
        for (int i = 0; i < areaBins.length; i++) {
            areaBins[i] += other.areaBins[i];
        }
        areaSum += other.areaSum;
        areaMin = Math.min(areaMin, other.areaMin);
        areaMax = Math.max(areaMax, other.areaMax);
        maxLabel = Math.max(maxLabel, other.maxLabel);
        for (int i = 0; i < findings.length; i++) {
            findings[i] += other.findings[i];
        }
    }

    static int areaBin(int area) {
        return area < AREA_EXACT ? area : AREA_EXACT + (31 - Integer.numberOfLeadingZeros(area)) - 10;
    }

    /** Smallest area of bin {@code bin}. */
    static int binFloor(int bin) {
        return bin < AREA_EXACT ? bin : 1 << (bin - AREA_EXACT + 10);
    }

    public long chunksPresent() {
        return chunksPresent;
    }

    public long chunksAbsent() {
        return chunksAbsent;
    }

    public long chunksFailed() {
        return chunksFailed;
    }

    public long frames() {
        return frames;
    }

    public long emptyFrames() {
        return emptyFrames;
    }

    public long objects() {
        return objects;
    }

    /** Frames that hold exactly {@code n} objects, {@code 0 <= n <= 255}. */
    public long framesWithObjects(int n) {
        return objectsPerFrame[n];
    }

    /** Fewest objects in a frame, or -1 without frames. */
    public int objectsPerFrameMin() {
        for (int n = 0; n < objectsPerFrame.length; n++) {
            if (objectsPerFrame[n] > 0) {
                return n;
            }
        }
        return -1;
    }

    /** Most objects in a frame, or -1 without frames. */
    public int objectsPerFrameMax() {
        for (int n = objectsPerFrame.length - 1; n >= 0; n--) {
            if (objectsPerFrame[n] > 0) {
                return n;
            }
        }
        return -1;
    }

    public long areaSum() {
        return areaSum;
    }

    /** Smallest object area, or 0 without objects. */
    public int areaMin() {
        return objects == 0 ? 0 : areaMin;
    }

    public int areaMax() {
        return areaMax;
    }

    /**
     * Median object area (the lower median): exact below {@link #AREA_EXACT} px, above it the lower
     * bound of its power-of-two bin. 0 without objects.
     */
    public int areaMedian() {
        if (objects == 0) {
            return 0;
        }
        long rank = (objects + 1) / 2;
        long seen = 0;
        for (int bin = 0; bin < areaBins.length; bin++) {
            seen += areaBins[bin];
            if (seen >= rank) {
                return binFloor(bin);
            }
        }
        return areaMax;
    }

    /** Objects whose area lies in {@code [from, to)}. */
    public long objectsWithArea(int from, int to) {
        long sum = 0;
        for (int bin = 0; bin < areaBins.length; bin++) {
            int floor = binFloor(bin);
            if (floor >= from && floor < to) {
                sum += areaBins[bin];
            }
        }
        return sum;
    }

    public int maxLabel() {
        return maxLabel;
    }

    /** Findings counted for content rule {@code rule}. */
    public long findings(int rule) {
        return findings[rule];
    }

    /** Number of content rules counted. */
    public int rules() {
        return findings.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelStats s && chunksPresent == s.chunksPresent && chunksAbsent == s.chunksAbsent
                && chunksFailed == s.chunksFailed && frames == s.frames && emptyFrames == s.emptyFrames
                && objects == s.objects && areaSum == s.areaSum && areaMin == s.areaMin && areaMax == s.areaMax
                && maxLabel == s.maxLabel && Arrays.equals(objectsPerFrame, s.objectsPerFrame)
                && Arrays.equals(areaBins, s.areaBins) && Arrays.equals(findings, s.findings);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(frames) + Long.hashCode(areaSum)) + Arrays.hashCode(findings);
    }
}
