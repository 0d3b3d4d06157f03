package io.maskgate.agreement;

import java.util.List;

/**
 * The agreement of one trench.
 *
 * @param frames          frames compared among the late hypotheses
 * @param ambiguousFrames frames where they disagree
 * @param stabilityMicros sum over the frames of the lowest F1 of any pair of late hypotheses, in millionths
 * @param matched         matched objects of every hypothesis against the reference, summed
 * @param referenceObjects reference objects, summed over the compared hypotheses
 * @param objects         objects of the compared hypotheses, summed
 * @param frameKinds      per frame: {@link Kinds} flags, with bit 7 set when the frame is ambiguous
 * @param countSpread     per frame: largest minus smallest object count of the late hypotheses, at most 255
 * @param intervals       the trench's ambiguous intervals, in time order
 */
public record TrenchOutcome(int trench, String fov, int frames, int ambiguousFrames, long stabilityMicros,
                            long matched, long referenceObjects, long objects, byte[] frameKinds,
                            byte[] countSpread, List<AgreementInterval> intervals) {

    /** Bit of {@link #frameKinds()} marking an ambiguous frame. */
    public static final int AMBIGUOUS = 0x80;

    public TrenchOutcome {
        intervals = List.copyOf(intervals);
    }

    /** Mean over frames of the lowest pairwise F1 of the late hypotheses: 1 = they always agree. */
    public double stability() {
        return frames == 0 ? 1 : (double) stabilityMicros / FrameMatch.IOU_SCALE / frames;
    }

    /** F1 of all compared hypotheses against the reference, pooled over the trench. */
    public double f1() {
        return FrameMatch.f1(matched, referenceObjects, objects);
    }
}
