package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/**
 * trench_height == shape[3] and trench_width == shape[4], with the box size most trench_mapping
 * records have as a third witness, so that one wrong value is blamed alone.
 */
@RuleInfo(code = "STORE_TRENCH_SIZE", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "The crop size agrees: trench_height == data shape[3] and trench_width == data shape[4],"
                + " which is also the box size of the trench_mapping records.",
        hint = "Set trench_height and trench_width to the crop size the masks were extracted with.")
public final class TrenchSize implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        store.height.report(this, "trench height", sink);
        store.width.report(this, "trench width", sink);
    }
}
