package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** zarr.json is one well-formed JSON value (no duplicate keys, no trailing content). */
@RuleInfo(code = "ZARR_METADATA_NOT_JSON", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr.json is one well-formed JSON value (no duplicate keys, no trailing content).",
        hint = "Fix the JSON syntax at the reported line and column; rewrite the file with a JSON library rather than by hand.")
public final class MetadataNotJsonRule implements Rule {
}
