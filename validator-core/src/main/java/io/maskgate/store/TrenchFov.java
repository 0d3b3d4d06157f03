package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.HashSet;
import java.util.Set;

/** Every trench comes from an active field of view. */
@RuleInfo(code = "STORE_TRENCH_FOV", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Every trench_mapping fov is listed in source_subset_metadata.active_fov_names.",
        hint = "Trenches come only from the active fields of view; fix the fov or the active list.")
public final class TrenchFov implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null || store.activeFovNames == null) {
            return;
        }
        Set<String> active = new HashSet<>(store.activeFovNames);
        for (int i = 0; i < t.size; i++) {
            if (t.valid[i] && !active.contains(t.fov[i])) {
                store.suspect.set(i);
                sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, "fov")),
                        "trench_mapping[" + i + "].fov \"" + t.fov[i] + "\" is not in active_fov_names."));
            }
        }
    }
}
