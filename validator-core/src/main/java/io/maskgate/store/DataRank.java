package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Arrays;

/** The mask array has the five axes (hypothesis, trench, time, y, x). */
@RuleInfo(code = "STORE_DATA_RANK", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "The data array has 5 dimensions: (hypothesis, trench, time, y, x).",
        hint = "Stack the masks as data[hypothesis, trench, time, y, x].")
public final class DataRank implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        if (store.data == null || store.data.shape() == null || store.shape != null) {
            return;
        }
        sink.accept(finding(store.dataFile, Location.pointer("/shape"),
                "The mask array has " + store.data.shape().length + " dimensions " + Arrays.toString(store.data.shape())
                        + ", expected 5: " + StoreModel.AXES + "."));
    }
}
