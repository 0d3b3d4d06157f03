package io.maskgate.agreement;

/**
 * What matching one frame of a hypothesis to the same frame of a reference found. A mutable holder the
 * {@link FrameMatcher} fills again for every frame, so matching allocates nothing; copy what you keep.
 *
 * <p>Every unmatched object has exactly one explanation: a reference object is part of a split or a merge,
 * shifted (it overlaps an unmatched object of the other side), or missing; an object of the other side is
 * part of a split or a merge, shifted, or extra.
 */
public final class FrameMatch {

    /** IoU is kept in millionths so that sums do not depend on the order they are added in. */
    public static final long IOU_SCALE = 1_000_000L;

    int referenceObjects;
    int objects;
    int matched;
    long iouMicros;
    int minIouMicros;
    int splits;
    int merges;
    int missing;
    int extra;
    int shifted;

    void clear() {
        referenceObjects = 0;
        objects = 0;
        matched = 0;
        iouMicros = 0;
        minIouMicros = (int) IOU_SCALE;
        splits = 0;
        merges = 0;
        missing = 0;
        extra = 0;
        shifted = 0;
    }

    /** Objects (distinct non-zero labels) in the reference frame. */
    public int referenceObjects() {
        return referenceObjects;
    }

    /** Objects in the other frame. */
    public int objects() {
        return objects;
    }

    /** Pairs with IoU above 0.5. */
    public int matched() {
        return matched;
    }

    /** Sum of the IoU of the matched pairs, in millionths. */
    public long iouMicros() {
        return iouMicros;
    }

    /** The lowest IoU of a matched pair, in millionths; a million when nothing matched. */
    public int minIouMicros() {
        return minIouMicros;
    }

    /** Mean IoU of the matched pairs; 1 when both frames are empty, 0 when nothing matched otherwise. */
    public double meanIou() {
        if (matched == 0) {
            return referenceObjects == 0 && objects == 0 ? 1 : 0;
        }
        return (double) iouMicros / IOU_SCALE / matched;
    }

    /** F1 at IoU 0.5: 2 matched / (reference objects + objects); 1 when both frames are empty. */
    public double f1() {
        return f1(matched, referenceObjects, objects);
    }

    /** F1 of pooled counts; 1 when there is nothing on either side. */
    public static double f1(long matched, long referenceObjects, long objects) {
        long n = referenceObjects + objects;
        return n == 0 ? 1 : 2.0 * matched / n;
    }

    /** Reference objects covered by several objects of the other frame (each at least 0.2 of its area). */
    public int splits() {
        return splits;
    }

    /** Objects of the other frame covering several reference objects (each at least 0.2 of its area). */
    public int merges() {
        return merges;
    }

    public int missing() {
        return missing;
    }

    public int extra() {
        return extra;
    }

    /** Unmatched reference objects overlapping an unmatched object of the other frame. */
    public int shifted() {
        return shifted;
    }

    /** The {@link Kinds} flags of the events found. */
    public int kinds() {
        return (splits > 0 ? Kinds.SPLIT : 0) | (merges > 0 ? Kinds.MERGE : 0) | (missing > 0 ? Kinds.MISSING : 0)
                | (extra > 0 ? Kinds.EXTRA : 0) | (shifted > 0 ? Kinds.SHIFTED : 0);
    }

    @Override
    public String toString() {
        return "FrameMatch[ref " + referenceObjects + ", objects " + objects + ", matched " + matched + ", iou "
                + iouMicros + "µ, splits " + splits + ", merges " + merges + ", missing " + missing + ", extra "
                + extra + ", shifted " + shifted + "]";
    }
}
