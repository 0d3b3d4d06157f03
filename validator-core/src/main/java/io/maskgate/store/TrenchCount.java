package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** n_trenches == len(trench_mapping) == shape[1]. */
@RuleInfo(code = "STORE_TRENCH_COUNT", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "The trench count agrees: n_trenches == len(trench_mapping) == data shape[1].",
        hint = "Give every trench of the data array one trench_mapping record and set n_trenches to their number.")
public final class TrenchCount implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        Consensus.of(
                Witness.of("n_trenches", store.nTrenches, store.rootFile, Pointers.attribute("n_trenches")),
                store.trenches == null ? null : new Witness("the length of trench_mapping", (long) store.trenches.size,
                        store.rootFile, Pointers.TRENCH_MAPPING),
                store.shapeWitness(1, "trench"))
                .report(this, "number of trenches", sink);
    }
}
