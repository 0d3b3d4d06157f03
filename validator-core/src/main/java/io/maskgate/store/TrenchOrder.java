package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trench ids run through the fields of view in active_fov_names order and, within one, lane by lane
 * (the x order within a lane is STORE_LANE_X_ORDER). Only the misplaced records are reported.
 */
@RuleInfo(code = "STORE_TRENCH_ORDER", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "trench_mapping records are ordered by fov (in active_fov_names order), then lane_index;"
                + " FOV blocks in another order than active_fov_names are reported once, at active_fov_names.",
        hint = "Number trenches field of view by field of view (active_fov_names order), lane by lane, left to right.")
public final class TrenchOrder implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null || store.activeFovNames == null) {
            return;
        }
        Map<String, Integer> rank = new HashMap<>();
        for (String name : store.activeFovNames) {
            rank.putIfAbsent(name, rank.size());
        }
        int[] records = new int[t.size];
        int count = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.valid[i] && !store.suspect.get(i) && rank.containsKey(t.fov[i])) {
                records[count++] = i;
            }
        }
        List<String> blocks = contiguousFovBlocks(t, records, count);
        if (blocks != null && !inActiveOrder(blocks, rank)) {
            // Whole FOV blocks in another order (e.g. active_fov_names sorted as text): one finding, not one per trench.
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.SUBSET + "/active_fov_names"),
                    "trench_mapping runs through the fields of view in the order " + blocks
                            + ", which differs from active_fov_names " + store.activeFovNames + "."));
            rank.clear();
            for (String fov : blocks) {
                rank.put(fov, rank.size());
            }
        }
        long[] keys = new long[count];
        for (int j = 0; j < count; j++) {
            int i = records[j];
            // (fov rank, lane) packed order-preservingly: lane shifted from signed to unsigned 32 bits.
            keys[j] = ((long) rank.get(t.fov[i]) << 32) + ((long) t.lane[i] - Integer.MIN_VALUE);
        }
        boolean[] blamed = OrderBlame.blame(keys, count, false);
        int previous = -1;
        for (int j = 0; j < count; j++) {
            if (!blamed[j]) {
                previous = j;
                continue;
            }
            int i = records[j];
            int neighbour = previous >= 0 ? previous : next(blamed, j);
            boolean fovMisplaced = neighbour < 0 || keys[neighbour] >>> 32 != keys[j] >>> 32;
            store.suspect.set(i);
            String where = neighbour < 0 ? "" : ", next to trench_mapping[" + records[neighbour] + "] (fov \""
                    + t.fov[records[neighbour]] + "\", lane " + t.lane[records[neighbour]] + ")";
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, fovMisplaced ? "fov" : "lane_index")),
                    "trench_mapping[" + i + "] (fov \"" + t.fov[i] + "\", lane " + t.lane[i] + ") is out of order" + where
                            + ": records run by fov in active_fov_names order, then by lane."));
        }
    }

    /** The FOVs in record order when each forms one contiguous block of records, else null. */
    private static List<String> contiguousFovBlocks(TrenchTable t, int[] records, int count) {
        List<String> blocks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < count; j++) {
            String fov = t.fov[records[j]];
            if (j > 0 && fov.equals(t.fov[records[j - 1]])) {
                continue;
            }
            if (!seen.add(fov)) {
                return null;
            }
            blocks.add(fov);
        }
        return blocks;
    }

    private static boolean inActiveOrder(List<String> blocks, Map<String, Integer> rank) {
        for (int k = 1; k < blocks.size(); k++) {
            if (rank.get(blocks.get(k - 1)) > rank.get(blocks.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int next(boolean[] blamed, int from) {
        for (int j = from + 1; j < blamed.length; j++) {
            if (!blamed[j]) {
                return j;
            }
        }
        return -1;
    }
}
