package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** zarr.json is UTF-8 encoded text. */
@RuleInfo(code = "ZARR_METADATA_NOT_UTF8", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr.json is UTF-8 encoded text.",
        hint = "Re-save the file as UTF-8 (JSON text exchanged between systems must be UTF-8, RFC 8259).")
public final class MetadataNotUtf8Rule implements Rule {
}
