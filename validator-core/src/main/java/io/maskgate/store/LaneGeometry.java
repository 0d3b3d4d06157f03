package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Arrays;
import java.util.BitSet;
import java.util.StringJoiner;

/**
 * All trenches of one lane share y_top, y_bottom and orientation. Each is compared with the value
 * most of its lane has, so one odd record is reported alone.
 */
@RuleInfo(code = "STORE_LANE_GEOMETRY", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Within one (fov, lane_index), every trench has the same y_top, y_bottom and orientation.",
        hint = "Trenches of one lane are cut at the same rows and open to the same side; check the record's lane and rows.")
public final class LaneGeometry implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        int[] scratch = new int[t.size];
        BitSet reported = new BitSet();
        for (IntList lane : t.lanes(store.suspect).values()) {
            if (lane.size() < 2) {
                continue;
            }
            int top = mode(t.yTop, lane, scratch);
            int bottom = mode(t.yBottom, lane, scratch);
            int orientation = mode(t.orientation, lane, scratch);
            for (int k = 0; k < lane.size(); k++) {
                int i = lane.get(k);
                StringJoiner diffs = new StringJoiner(", ");
                String field = null;
                if (t.yTop[i] != top) {
                    diffs.add("y_top " + t.yTop[i] + " (lane: " + top + ")");
                    field = "y_top";
                }
                if (t.yBottom[i] != bottom) {
                    diffs.add("y_bottom " + t.yBottom[i] + " (lane: " + bottom + ")");
                    field = field == null ? "y_bottom" : field;
                }
                if (t.orientation[i] != orientation) {
                    diffs.add("orientation " + t.orientation[i] + " (lane: " + orientation + ")");
                    field = field == null ? "orientation" : field;
                }
                if (field != null) {
                    reported.set(i);
                    sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, field)),
                            "trench_mapping[" + i + "] differs from the other " + (lane.size() - 1) + " trenches of lane "
                                    + t.lane[i] + " in fov \"" + t.fov[i] + "\": " + diffs + "."));
                }
            }
        }
        store.suspect.or(reported);
    }

    /** The most frequent value among the lane's records; ties go to the smallest value. */
    private static int mode(int[] column, IntList lane, int[] scratch) {
        int n = lane.size();
        for (int k = 0; k < n; k++) {
            scratch[k] = column[lane.get(k)];
        }
        Arrays.sort(scratch, 0, n);
        int best = scratch[0];
        int bestCount = 0;
        for (int k = 0; k < n; ) {
            int e = k;
            while (e < n && scratch[e] == scratch[k]) {
                e++;
            }
            if (e - k > bestCount) {
                best = scratch[k];
                bestCount = e - k;
            }
            k = e;
        }
        return best;
    }
}
