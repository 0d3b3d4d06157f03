package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The store's root is a group and its {@code data} node an array. */
@RuleInfo(code = "STORE_NODE_TYPE", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "A mask store's root zarr.json is a group (holding the experiment attributes) and data/zarr.json an array.",
        hint = "Write the root as a group and the masks as the array data; if this is not a mask store, validate it with --profile generic.")
public final class NodeKind implements Rule {
}
