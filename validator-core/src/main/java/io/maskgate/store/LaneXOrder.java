package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.BitSet;

/** Along one lane, x_left strictly increases with trench_id. Only the misplaced records are reported. */
@RuleInfo(code = "STORE_LANE_X_ORDER", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Within one (fov, lane_index), x_left strictly increases with trench_id (trenches numbered left to right).",
        hint = "Number the trenches of a lane from left to right; two records must not describe the same trench.")
public final class LaneXOrder implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        long[] keys = new long[t.size];
        BitSet reported = new BitSet();
        for (IntList lane : t.lanes(store.suspect).values()) {
            int n = lane.size();
            for (int k = 0; k < n; k++) {
                keys[k] = t.xLeft[lane.get(k)];
            }
            boolean[] blamed = OrderBlame.blame(keys, n, true);
            int previous = -1;
            for (int k = 0; k < n; k++) {
                if (!blamed[k]) {
                    previous = k;
                    continue;
                }
                int i = lane.get(k);
                reported.set(i);
                String context = previous >= 0
                        ? "; the previous trench of the lane, trench_mapping[" + lane.get(previous) + "], has x_left " + keys[previous]
                        : "";
                sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, "x_left")),
                        "trench_mapping[" + i + "].x_left " + t.xLeft[i] + " breaks the left-to-right order of lane "
                                + t.lane[i] + " in fov \"" + t.fov[i] + "\"" + context + "."));
            }
        }
        store.suspect.or(reported);
    }
}
