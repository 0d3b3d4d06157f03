package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** needs_flip == (orientation == -1): crops below their lane are flipped so the closed end is row 0. */
@RuleInfo(code = "STORE_TRENCH_FLIP", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Every trench_mapping record has needs_flip == (orientation == -1).",
        hint = "Trenches below their lane (orientation -1) are flipped so that the closed end is row 0; set needs_flip accordingly.")
public final class TrenchFlip implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        for (int i = 0; i < t.size; i++) {
            int o = t.orientation[i];
            if (!t.valid[i] || (o != 1 && o != -1) || t.needsFlip[i] == (o == -1)) {
                continue;
            }
            store.suspect.set(i);
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, "needs_flip")),
                    "trench_mapping[" + i + "].needs_flip is " + t.needsFlip[i] + " but orientation is " + o
                            + " (needs_flip must be " + (o == -1) + ")."));
        }
    }
}
