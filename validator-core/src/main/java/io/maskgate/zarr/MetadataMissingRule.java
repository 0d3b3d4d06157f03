package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every Zarr v3 node (group or array) has a zarr.json metadata file. */
@RuleInfo(code = "ZARR_METADATA_MISSING", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "Every Zarr v3 node (group or array) has a zarr.json metadata file.",
        hint = "Write the node's zarr.json (zarr-python creates it when the group or array is created); a Zarr v2 store (.zgroup/.zarray) must be converted to v3.")
public final class MetadataMissingRule implements Rule {
}
