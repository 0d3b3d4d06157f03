package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.List;

/** Axis names, where the store gives them, are the profile's axis order. */
@RuleInfo(code = "STORE_AXIS_NAMES", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "When present, dimension_names and attributes.axis_names of the data array are"
                + " [\"hypothesis\", \"trench\", \"time\", \"y\", \"x\"] (unnamed dimensions are allowed).",
        hint = "Name the axes hypothesis, trench, time, y, x in that order, or transpose the array to that order.")
public final class AxisNames implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        if (store.shape == null) {
            return; // wrong rank: STORE_DATA_RANK says it
        }
        List<String> dimensionNames = store.data.dimensionNames();
        if (dimensionNames != null) {
            compare(store, dimensionNames, "/dimension_names", true, sink);
        }
        if (store.axisNames != null) {
            compare(store, store.axisNames, "/attributes/axis_names", false, sink);
        }
    }

    private void compare(StoreModel store, List<String> names, String pointer, boolean nullAllowed, FindingSink sink) {
        if (names.size() != StoreModel.AXES.size()) {
            sink.accept(finding(store.dataFile, Location.pointer(pointer),
                    pointer.substring(pointer.lastIndexOf('/') + 1) + " " + names + " has " + names.size()
                            + " entries, expected " + StoreModel.AXES + "."));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if ((name == null && nullAllowed) || StoreModel.AXES.get(i).equals(name)) {
                continue;
            }
            sink.accept(finding(store.dataFile, Location.pointer(pointer + "/" + i),
                    "Axis " + i + " is named " + (name == null ? "null" : "\"" + name + "\"") + ", expected \""
                            + StoreModel.AXES.get(i) + "\" (axis order " + StoreModel.AXES + "); names: " + names + "."));
            return; // one finding per list: a transposition would otherwise repeat itself
        }
    }
}
