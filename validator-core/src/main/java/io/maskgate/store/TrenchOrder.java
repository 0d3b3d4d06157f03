package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.HashMap;
import java.util.Map;

/**
 * Trench ids run through the fields of view in active_fov_names order and, within one, lane by lane
 * (the x order within a lane is STORE_LANE_X_ORDER). Only the misplaced records are reported.
 */
@RuleInfo(code = "STORE_TRENCH_ORDER", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "trench_mapping records are ordered by fov (in active_fov_names order), then lane_index.",
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
        long[] keys = new long[t.size];
        int count = 0;
        for (int i = 0; i < t.size; i++) {
            Integer r = t.valid[i] && !store.suspect.get(i) ? rank.get(t.fov[i]) : null;
            if (r != null) {
                records[count] = i;
                // (fov rank, lane) packed order-preservingly: lane shifted from signed to unsigned 32 bits.
                keys[count++] = ((long) r << 32) + ((long) t.lane[i] - Integer.MIN_VALUE);
            }
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

    private static int next(boolean[] blamed, int from) {
        for (int j = from + 1; j < blamed.length; j++) {
            if (!blamed[j]) {
                return j;
            }
        }
        return -1;
    }
}
