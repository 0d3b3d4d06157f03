package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** n_times == shape[2] == source_subset_metadata.active_timepoint_count. */
@RuleInfo(code = "STORE_TIME_COUNT", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "The time-point count agrees: n_times == data shape[2] == source_subset_metadata.active_timepoint_count.",
        hint = "Set n_times and active_timepoint_count to the number of frames stored per trench.")
public final class TimeCount implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        Consensus.of(
                Witness.of("n_times", store.nTimes, store.rootFile, Pointers.attribute("n_times")),
                store.shapeWitness(2, "time"),
                Witness.of("source_subset_metadata.active_timepoint_count", store.activeTimepointCount, store.rootFile,
                        Pointers.SUBSET + "/active_timepoint_count"))
                .report(this, "number of time points", sink);
    }
}
