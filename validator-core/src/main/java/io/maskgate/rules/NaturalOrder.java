package io.maskgate.rules;

import java.util.Comparator;

/**
 * Text order in which runs of ASCII digits compare as numbers: {@code data/c/0/3/0} before {@code data/c/0/12/0},
 * {@code /trench_mapping/9} before {@code /trench_mapping/10}. Chunk keys and JSON pointers carry their indices as
 * text, and people read them as numbers. Consistent with {@link String#equals}: texts that differ only in leading
 * zeros fall back to plain {@link String#compareTo}.
 */
public final class NaturalOrder implements Comparator<String> {

    /** The one instance. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        return compareText(a, b);
    }

    /** As {@link #compare(String, String)}, without the interface call. */
    @SuppressWarnings("ReferenceEquality") // identity is only a fast path for shared strings
    public static int compareText(String a, String b) {
        if (a == b) {
            return 0;
        }
        int na = a.length();
        int nb = b.length();
        int i = 0;
        int j = 0;
        while (i < na && j < nb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int c = compareNumbers(a, i, endA, b, j, endB);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(na - i, nb - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Numbers of any length: leading zeros skipped, then the longer is larger, then digit by digit. */
    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        int c = Integer.compare(endA - i, endB - j);
        for (int k = 0; c == 0 && k < endA - i; k++) {
            c = Character.compare(a.charAt(i + k), b.charAt(j + k));
        }
        return c;
    }
}
