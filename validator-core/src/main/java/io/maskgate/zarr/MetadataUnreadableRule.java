package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** zarr.json can be read. */
@RuleInfo(code = "ZARR_METADATA_UNREADABLE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr.json can be read.",
        hint = "Check file permissions and the storage the store lives on.")
public final class MetadataUnreadableRule implements Rule {
}
