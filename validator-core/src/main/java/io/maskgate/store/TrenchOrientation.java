package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** orientation is +1 (trench above its lane) or -1 (below). */
@RuleInfo(code = "STORE_TRENCH_ORIENTATION", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Every trench_mapping orientation is 1 (trench above its lane) or -1 (below).",
        hint = "Use 1 or -1; the closed trench end decides which.")
public final class TrenchOrientation implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        for (int i = 0; i < t.size; i++) {
            if (t.valid[i] && t.orientation[i] != 1 && t.orientation[i] != -1) {
                store.suspect.set(i);
                sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, "orientation")),
                        "trench_mapping[" + i + "].orientation is " + t.orientation[i] + ", expected 1 or -1."));
            }
        }
    }
}
