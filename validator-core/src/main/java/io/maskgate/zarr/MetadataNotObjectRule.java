package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The zarr.json document is a JSON object. */
@RuleInfo(code = "ZARR_METADATA_NOT_OBJECT", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "The zarr.json document is a JSON object.",
        hint = "The top level of zarr.json must be an object with zarr_format, node_type and the node's members.")
public final class MetadataNotObjectRule implements Rule {
}
