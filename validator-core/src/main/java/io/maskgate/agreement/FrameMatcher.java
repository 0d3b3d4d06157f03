package io.maskgate.agreement;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Matches the objects of one uint8 label frame to those of a reference frame by IoU. Labels are independent per
 * frame, so objects are compared by their pixels, never by label value.
 *
 * <p>One pass over the pixels builds the joint histogram of (reference label, label): 8 pixels are read as one
 * word and words that are background on both sides are skipped; equal neighbouring pairs are counted as a run and
 * added once, so the histogram is not incremented pixel by pixel. The histogram, areas and flags are reused
 * buffers: matching allocates nothing. Not thread-safe; one per worker.
 */
public final class FrameMatcher {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Bits of per-object flags. */
    private static final int IN_SPLIT_OR_MERGE = 1;
    private static final int MATCHED = 2;

    private final int frameSize;
    /** (reference label &lt;&lt; 8 | label) → pixels; only the entries in {@code touched} are non-zero. */
    private final int[] joint = new int[256 * 256];
    private final int[] touched = new int[256 * 256];
    private final int[] areaRef = new int[256];
    private final int[] area = new int[256];
    /** How many objects of the other side cover at least 0.2 of this object. */
    private final int[] coverRef = new int[256];
    private final int[] cover = new int[256];
    private final int[] flagsRef = new int[256];
    private final int[] flags = new int[256];

    /** A matcher of frames of {@code frameSize} pixels. */
    public FrameMatcher(int frameSize) {
        if (frameSize <= 0) {
            throw new IllegalArgumentException("frame size must be positive: " + frameSize);
        }
        this.frameSize = frameSize;
    }

    public int frameSize() {
        return frameSize;
    }

    /**
     * Matches the frame at {@code frame[offset ..]} to the reference frame at {@code reference[referenceOffset ..]}
     * into {@code out}.
     */
    public void match(byte[] reference, int referenceOffset, byte[] frame, int offset, FrameMatch out) {
        int pairs = histogram(reference, referenceOffset, frame, offset);
        evaluate(pairs, out);
    }

    /** The joint histogram; returns how many (reference label, label) entries are set. */
    private int histogram(byte[] ref, int refOffset, byte[] frame, int offset) {
        int pairs = 0;
        int key = 0;
        int run = 0;
        int i = 0;
        int words = frameSize & ~7;
        for (; i < words; i += 8) {
            long a = (long) LONGS.get(ref, refOffset + i);
            long b = (long) LONGS.get(frame, offset + i);
            if ((a | b) == 0) {
                // Background on both sides ends the current run; the (0, 0) pair is never needed.
                if (key != 0) {
                    pairs = add(key, run, pairs);
                    key = 0;
                    run = 0;
                }
                continue;
            }
            for (int s = 0; s < 64; s += 8) {
                int k = ((int) (a >>> s) & 0xFF) << 8 | ((int) (b >>> s) & 0xFF);
                if (k == key) {
                    run++;
                } else {
                    if (key != 0) {
                        pairs = add(key, run, pairs);
                    }
                    key = k;
                    run = 1;
                }
            }
        }
        for (; i < frameSize; i++) {
            int k = (ref[refOffset + i] & 0xFF) << 8 | (frame[offset + i] & 0xFF);
            if (k == key) {
                run++;
            } else {
                if (key != 0) {
                    pairs = add(key, run, pairs);
                }
                key = k;
                run = 1;
            }
        }
        if (key != 0) {
            pairs = add(key, run, pairs);
        }
        return pairs;
    }

    private int add(int key, int run, int pairs) {
        if (joint[key] == 0) {
            touched[pairs++] = key;
        }
        joint[key] += run;
        return pairs;
    }

    /**
     * Matches from the histogram and clears it. A pair with IoU &gt; 0.5 shares more than half of the union, so
     * more than half of each object: an object can have at most one such partner (its other partners would need
     * the same, disjoint, more-than-half), so the pairs above 0.5 form a one-to-one matching by construction, the
     * only one — hence the optimal one — among pairs above 0.5. No assignment solver is needed.
     */
    private void evaluate(int pairs, FrameMatch out) {
        out.clear();
        final int[] joint = this.joint;
        for (int p = 0; p < pairs; p++) {
            int key = touched[p];
            areaRef[key >>> 8] += joint[key];
            area[key & 0xFF] += joint[key];
        }
        // Objects: labels with pixels (label 0 is background and has no object).
        for (int p = 0; p < pairs; p++) {
            int key = touched[p];
            int r = key >>> 8;
            int o = key & 0xFF;
            if (r != 0 && flagsRef[r] == 0 && areaRef[r] > 0) {
                flagsRef[r] = Integer.MIN_VALUE;  // counted
                out.referenceObjects++;
            }
            if (o != 0 && flags[o] == 0 && area[o] > 0) {
                flags[o] = Integer.MIN_VALUE;
                out.objects++;
            }
        }
        for (int p = 0; p < pairs; p++) {
            int key = touched[p];
            int r = key >>> 8;
            int o = key & 0xFF;
            if (r == 0 || o == 0) {
                continue;
            }
            long overlap = joint[key];
            long union = (long) areaRef[r] + area[o] - overlap;
            if (2 * overlap > union) {
                out.matched++;
                long iou = (overlap * FrameMatch.IOU_SCALE + union / 2) / union;
                out.iouMicros += iou;
                out.minIouMicros = (int) Math.min(out.minIouMicros, iou);
                flagsRef[r] |= MATCHED;
                flags[o] |= MATCHED;
            }
            if (5 * overlap >= areaRef[r]) {
                coverRef[r]++;
            }
            if (5 * overlap >= area[o]) {
                cover[o]++;
            }
        }
        // Splits and merges, and the objects taking part in them.
        for (int p = 0; p < pairs; p++) {
            int key = touched[p];
            int r = key >>> 8;
            int o = key & 0xFF;
            if (r == 0 || o == 0) {
                continue;
            }
            long overlap = joint[key];
            if (coverRef[r] >= 2 && 5 * overlap >= areaRef[r]) {
                flagsRef[r] |= IN_SPLIT_OR_MERGE;
                flags[o] |= IN_SPLIT_OR_MERGE;
            }
            if (cover[o] >= 2 && 5 * overlap >= area[o]) {
                flags[o] |= IN_SPLIT_OR_MERGE;
                flagsRef[r] |= IN_SPLIT_OR_MERGE;
            }
        }
        // Shifted: an unexplained unmatched reference object overlapping an unexplained unmatched object.
        for (int p = 0; p < pairs; p++) {
            int key = touched[p];
            int r = key >>> 8;
            int o = key & 0xFF;
            if (r != 0 && o != 0 && (flagsRef[r] & 3) == 0 && (flags[o] & 3) == 0) {
                flagsRef[r] |= 4;
                flags[o] |= 4;
            }
        }
        for (int p = 0; p < pairs; p++) {
            int key = touched[p];
            int r = key >>> 8;
            int o = key & 0xFF;
            if (r != 0 && flagsRef[r] != 0) {
                int f = flagsRef[r];
                if (coverRef[r] >= 2) {
                    out.splits++;
                }
                if ((f & 3) == 0) {
                    if ((f & 4) != 0) {
                        out.shifted++;
                    } else {
                        out.missing++;
                    }
                }
                flagsRef[r] = 0;
                coverRef[r] = 0;
                areaRef[r] = 0;
            }
            if (o != 0 && flags[o] != 0) {
                int f = flags[o];
                if (cover[o] >= 2) {
                    out.merges++;
                }
                if ((f & 7) == 0) {
                    out.extra++;
                }
                flags[o] = 0;
                cover[o] = 0;
                area[o] = 0;
            }
            areaRef[r] = 0;
            area[o] = 0;
            joint[key] = 0;
        }
    }
}
