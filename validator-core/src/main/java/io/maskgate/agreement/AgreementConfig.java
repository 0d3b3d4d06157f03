package io.maskgate.agreement;

/**
 * Settings of the agreement analysis.
 *
 * @param referenceEpoch the epoch of the reference hypothesis; null = the last hypothesis
 * @param late           how many of the last hypotheses are compared among themselves for ambiguous intervals
 * @param f1Threshold    a pair of late hypotheses disagrees on a frame when its F1 is below this (or the object
 *                       counts differ)
 * @param maxGap         ambiguous runs separated by at most this many agreeing frames are one interval
 */
public record AgreementConfig(Integer referenceEpoch, int late, double f1Threshold, int maxGap) {

    public static final int DEFAULT_LATE = 5;
    public static final double DEFAULT_F1_THRESHOLD = 0.9;
    public static final int DEFAULT_MAX_GAP = 1;

    public AgreementConfig {
        if (late < 2) {
            throw new IllegalArgumentException("at least 2 late hypotheses are compared: " + late);
        }
        if (!(f1Threshold > 0 && f1Threshold <= 1)) {
            throw new IllegalArgumentException("F1 threshold must be in (0, 1]: " + f1Threshold);
        }
        if (maxGap < 0) {
            throw new IllegalArgumentException("negative gap: " + maxGap);
        }
    }

    /** The last hypothesis as reference, the last 5 as late ones, F1 0.9, gaps of 1 frame. */
    public static AgreementConfig defaults() {
        return new AgreementConfig(null, DEFAULT_LATE, DEFAULT_F1_THRESHOLD, DEFAULT_MAX_GAP);
    }
}
