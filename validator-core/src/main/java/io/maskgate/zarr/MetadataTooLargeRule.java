package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** zarr.json is at most 256 MiB, so it can be read safely. */
@RuleInfo(code = "ZARR_METADATA_TOO_LARGE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr.json is at most 256 MiB, so it can be read safely.",
        hint = "Move bulk data out of the attributes into arrays of the store.")
public final class MetadataTooLargeRule implements Rule {
}
