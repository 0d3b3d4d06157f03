package io.maskgate.objects;

/**
 * Open-addressing map from positive {@code long} keys to {@code long} values. Object IDs of a
 * 300,000-row table would cost ~15 MB as a {@code HashMap<Long, Long>} and a few MB here; a
 * primitive-collections library would do the same but is not worth a dependency for one map.
 */
final class LongLongMap {

    private long[] keys;
    private long[] values;
    private int size;
    private int mask;

    LongLongMap() {
        keys = new long[64];
        values = new long[64];
        mask = 63;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing}. Keys ≤ 0 are never present. */
    long get(long key, long missing) {
        if (key <= 0) {
            return missing;
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return missing;
            }
        }
    }

    boolean containsKey(long key) {
        return get(key, Long.MIN_VALUE) != Long.MIN_VALUE;
    }

    /**
     * Stores {@code value} under {@code key} unless the key is present.
     *
     * @return the value already stored, or {@code Long.MIN_VALUE} when the key was added
     */
    long putIfAbsent(long key, long value) {
        if (key <= 0) {
            throw new IllegalArgumentException("keys must be positive");
        }
        int i = slot(key);
        for (; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return Long.MIN_VALUE;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != 0) {
                int i = slot(k);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
    }
}
