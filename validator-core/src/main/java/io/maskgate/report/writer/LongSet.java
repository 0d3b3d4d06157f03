package io.maskgate.report.writer;

/**
 * A set of longs with open addressing, for counting distinct keys over millions of findings without boxing
 * (hand-written because the JDK has no primitive set). The caller bounds its size.
 */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = new long[64];
    private int size;
    private boolean hasEmptyKey;

    LongSet() {
        java.util.Arrays.fill(slots, EMPTY);
    }

    boolean contains(long key) {
        if (key == EMPTY) {
            return hasEmptyKey;
        }
        int mask = slots.length - 1;
        for (int i = mix(key) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code key}; false when it was there already. */
    boolean add(long key) {
        if (key == EMPTY) {
            if (hasEmptyKey) {
                return false;
            }
            hasEmptyKey = true;
            size++;
            return true;
        }
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (long k : old) {
            if (k != EMPTY) {
                int i = mix(k) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = k;
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
