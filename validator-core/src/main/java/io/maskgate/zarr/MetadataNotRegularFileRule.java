package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** zarr.json is a regular file (not a directory, device or dangling link). */
@RuleInfo(code = "ZARR_METADATA_NOT_REGULAR_FILE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr.json is a regular file (not a directory, device or dangling link).",
        hint = "Replace the entry with the node's zarr.json file.")
public final class MetadataNotRegularFileRule implements Rule {
}
