package io.maskgate.store;

/**
 * Finds the few elements that break an ordering, so that one misplaced record is reported once
 * (at itself) rather than at both neighbouring pairs it breaks. Greedy, single pass, linear:
 * at each violation it blames the earlier element only when dropping it repairs the order and
 * dropping the later one would not.
 */
final class OrderBlame {

    private OrderBlame() {
    }

    /**
     * Blames the positions that break the order of {@code keys}.
     *
     * @param keys   the sequence to check, {@code count} values
     * @param strict true for strictly increasing, false for non-decreasing
     * @return flags, true for each blamed position
     */
    static boolean[] blame(long[] keys, int count, boolean strict) {
        boolean[] blamed = new boolean[count];
        int[] kept = new int[count];
        int top = 0;
        for (int j = 0; j < count; j++) {
            if (top == 0 || ok(keys[kept[top - 1]], keys[j], strict)) {
                kept[top++] = j;
                continue;
            }
            int prev = kept[top - 1];
            boolean nextFitsJ = j + 1 >= count || ok(keys[j], keys[j + 1], strict);
            boolean dropPrevRepairs = (top < 2 || ok(keys[kept[top - 2]], keys[j], strict)) && nextFitsJ;
            boolean dropJRepairs = j + 1 >= count || ok(keys[prev], keys[j + 1], strict);
            if (dropPrevRepairs && !dropJRepairs) {
                blamed[prev] = true;
                kept[top - 1] = j;
            } else {
                blamed[j] = true;
            }
        }
        return blamed;
    }

    private static boolean ok(long a, long b, boolean strict) {
        return strict ? a < b : a <= b;
    }
}
