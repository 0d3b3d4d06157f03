package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A group's consolidated_metadata is either absent or an object, not null. */
@RuleInfo(code = "ZARR_CONSOLIDATED_METADATA_NULL", severity = Severity.WARNING, category = Category.ZARR_METADATA,
        summary = "A group's consolidated_metadata is either absent or an object, not null.",
        hint = "zarr-python 3.0.x writes null here; rewriting the group with zarr-python 3.1+ (or removing the member) clears this.")
public final class ConsolidatedMetadataNullRule implements Rule {
}
