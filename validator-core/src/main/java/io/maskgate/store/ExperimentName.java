package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Locale;

/** experiment_name is the stem of source_nd2, as the producing pipeline derives it. */
@RuleInfo(code = "STORE_EXPERIMENT_NAME", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "experiment_name is the file stem of source_nd2 (its file name without .nd2).",
        hint = "Derive experiment_name from the source ND2 file name, or correct source_nd2.")
public final class ExperimentName implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        if (store.sourceNd2 == null || store.experimentName == null) {
            return;
        }
        String stem = stem(store.sourceNd2);
        if (!stem.equals(store.experimentName)) {
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.attribute("experiment_name")),
                    "experiment_name is \"" + store.experimentName + "\", but the stem of source_nd2 \"" + store.sourceNd2
                            + "\" is \"" + stem + "\"."));
        }
    }

    /** The file name of a POSIX or Windows path without its .nd2 (or, failing that, last) extension. */
    static String stem(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".nd2")) {
            return name.substring(0, name.length() - 4);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
