package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The mask store holds its masks in the array {@code data}. */
@RuleInfo(code = "STORE_DATA_MISSING", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "A mask store has its masks in the array data (data/zarr.json) below the root group.",
        hint = "Write the masks as the array data[hypothesis, trench, time, y, x]; if this is not a mask store, validate it with --profile generic.")
public final class DataMissing implements Rule {
}
