package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every member the Zarr v3 specification requires is present (array: zarr_format, node_type, shape, data_type, chunk_grid, chunk_key_encoding, fill_value, codecs; group: zarr_format, node_type; extension objects: name). */
@RuleInfo(code = "ZARR_REQUIRED_KEY", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "Every member the Zarr v3 specification requires is present (array: zarr_format, node_type, shape, data_type, chunk_grid, chunk_key_encoding, fill_value, codecs; group: zarr_format, node_type; extension objects: name).",
        hint = "Add the missing member; writing the metadata with zarr-python 3 produces all of them.")
public final class RequiredKeyRule implements Rule {
}
