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
import java.util.regex.Pattern;

/** Field-of-view names follow the ND2 convention XYPos:&lt;p&gt;; other names are unusual, not wrong. */
@RuleInfo(code = "STORE_FOV_NAME_FORMAT", severity = Severity.WARNING, category = Category.STORE_METADATA,
        summary = "Field-of-view names have the form XYPos:<p> (p = 0, 1, ...), as the ND2 pipeline writes them.",
        hint = "Use the ND2 position names (XYPos:0, XYPos:1, ...) so that masks map back to the acquisition.")
public final class FovNameFormat implements Rule, StoreCheck {

    private static final Pattern NAME = Pattern.compile("XYPos:(0|[1-9][0-9]*)");

    @Override
    public void check(StoreModel store, FindingSink sink) {
        // Each distinct name once, at its first occurrence: a renamed FOV would otherwise repeat per trench.
        Set<String> seen = new HashSet<>();
        list(store, store.rawFovNames, Pointers.SUBSET + "/raw_fov_names/", seen, sink);
        list(store, store.activeFovNames, Pointers.SUBSET + "/active_fov_names/", seen, sink);
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        for (int i = 0; i < t.size; i++) {
            if (t.valid[i]) {
                report(store, t.fov[i], Pointers.trench(i, "fov"), seen, sink);
            }
        }
    }

    private void list(StoreModel store, List<String> names, String prefix, Set<String> seen, FindingSink sink) {
        if (names == null) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            report(store, names.get(i), prefix + i, seen, sink);
        }
    }

    private void report(StoreModel store, String name, String pointer, Set<String> seen, FindingSink sink) {
        if (seen.add(name) && !NAME.matcher(name).matches()) {
            sink.accept(finding(store.rootFile, Location.pointer(pointer),
                    "Field of view \"" + name + "\" is not named XYPos:<p>."));
        }
    }
}
