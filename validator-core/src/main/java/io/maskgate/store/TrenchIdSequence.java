package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/**
 * trench_mapping[i].trench_id == i, which makes the ids unique and contiguous 0..n-1. A gap (a
 * discarded trench) shifts every later id by the same offset: that run is reported once, at its start.
 */
@RuleInfo(code = "STORE_TRENCH_ID", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "trench_mapping[i].trench_id == i: trench ids are unique, contiguous from 0 and in record order.",
        hint = "Number the trench_mapping records 0..n-1 in array order; the id is the data array's trench index.")
public final class TrenchIdSequence implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        int[] uses = new int[t.size];
        for (int i = 0; i < t.size; i++) {
            if (t.valid[i] && t.trenchId[i] >= 0 && t.trenchId[i] < t.size) {
                uses[t.trenchId[i]]++;
            }
        }
        int i = 0;
        while (i < t.size) {
            if (!t.valid[i] || t.trenchId[i] == i) {
                i++;
                continue;
            }
            int id = t.trenchId[i];
            // The run of following records that carry the same offset (ids still consecutive).
            int end = i + 1;
            while (end < t.size && t.valid[end] && t.trenchId[end] != end
                    && t.trenchId[end] == t.trenchId[end - 1] + 1) {
                end++;
            }
            String why;
            if (id < 0 || id >= t.size) {
                why = "; ids run 0.." + (t.size - 1);
            } else if (uses[id] > 1) {
                why = "; " + id + " is used by " + uses[id] + " records";
            } else {
                why = "";
            }
            String run = end - i > 1 ? "; the following " + (end - i - 1)
                    + " records carry the same offset (a gap or an extra record)" : "";
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, "trench_id")),
                    "trench_mapping[" + i + "].trench_id is " + id + ", expected " + i + why + run + "."));
            i = end;
        }
    }
}
