package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Neighbouring trenches of a lane do not overlap (plausible, not guaranteed by the producer). */
@RuleInfo(code = "STORE_TRENCH_OVERLAP", severity = Severity.WARNING, category = Category.STORE_METADATA,
        summary = "Neighbouring trenches of one lane do not overlap: x_left of a trench >= x_right of the previous one.",
        hint = "Overlapping boxes crop the same pixels twice; check the trench detection or the record's x bounds.")
public final class TrenchOverlap implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        for (IntList lane : t.lanes(store.suspect).values()) {
            for (int k = 1; k < lane.size(); k++) {
                int a = lane.get(k - 1);
                int b = lane.get(k);
                if (t.xLeft[b] < t.xRight[a]) {
                    sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(b, "x_left")),
                            "Trench " + b + " (x " + t.xLeft[b] + ".." + t.xRight[b] + ") overlaps its left neighbour "
                                    + a + " (x " + t.xLeft[a] + ".." + t.xRight[a] + ") by " + ((long) t.xRight[a] - t.xLeft[b])
                                    + " px in lane " + t.lane[b] + " of fov \"" + t.fov[b] + "\"."));
                }
            }
        }
    }
}
