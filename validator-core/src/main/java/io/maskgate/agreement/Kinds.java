package io.maskgate.agreement;

import java.util.StringJoiner;

/** Bit flags of the kinds of disagreement between two frames, and their names in reports. */
public final class Kinds {

    /** An object of the reference is covered by several objects of the other hypothesis. */
    public static final int SPLIT = 1;
    /** An object of the other hypothesis covers several objects of the reference. */
    public static final int MERGE = 2;
    /** An object of the reference has no counterpart in the other hypothesis. */
    public static final int MISSING = 4;
    /** An object of the other hypothesis has no counterpart in the reference. */
    public static final int EXTRA = 8;
    /** Two objects overlap but not enough to match (IoU at most 0.5): the same cell drawn elsewhere. */
    public static final int SHIFTED = 16;

    private static final String[] NAMES = {"split", "merge", "missing", "extra", "shifted"};

    private Kinds() {
    }

    /** The flags seen from the other side: a split becomes a merge, a missing object an extra one. */
    public static int reverse(int flags) {
        return (flags & SPLIT) << 1 | (flags & MERGE) >> 1 | (flags & MISSING) << 1 | (flags & EXTRA) >> 1
                | (flags & SHIFTED);
    }

    /** {@code "split+missing"}; {@code "other"} when no kind is set (F1 below the threshold without any of them). */
    public static String names(int flags) {
        StringJoiner j = new StringJoiner("+");
        for (int i = 0; i < NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                j.add(NAMES[i]);
            }
        }
        return j.length() == 0 ? "other" : j.toString();
    }
}
