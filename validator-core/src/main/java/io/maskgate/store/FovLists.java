package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** active_fov_names ⊆ raw_fov_names, each list without repeats. */
@RuleInfo(code = "STORE_FOV_LISTS", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "source_subset_metadata.active_fov_names is a subset of raw_fov_names, and neither list repeats a name.",
        hint = "active_fov_names lists the fields of view kept from the raw acquisition, each once.")
public final class FovLists implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        if (store.rawFovNames != null) {
            repeats(store, store.rawFovNames, "raw_fov_names", sink);
        }
        if (store.activeFovNames == null) {
            return;
        }
        repeats(store, store.activeFovNames, "active_fov_names", sink);
        if (store.rawFovNames == null) {
            return;
        }
        Set<String> raw = new HashSet<>(store.rawFovNames);
        for (int i = 0; i < store.activeFovNames.size(); i++) {
            String name = store.activeFovNames.get(i);
            if (!raw.contains(name)) {
                sink.accept(finding(store.rootFile, Location.pointer(Pointers.SUBSET + "/active_fov_names/" + i),
                        "Active field of view \"" + name + "\" is not among raw_fov_names."));
            }
        }
    }

    private void repeats(StoreModel store, List<String> names, String key, FindingSink sink) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                sink.accept(finding(store.rootFile, Location.pointer(Pointers.SUBSET + "/" + key + "/" + i),
                        key + " lists \"" + names.get(i) + "\" more than once."));
            }
        }
    }
}
