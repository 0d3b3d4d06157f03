package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Each member of zarr.json has the JSON type the Zarr v3 specification gives it. */
@RuleInfo(code = "ZARR_WRONG_TYPE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "Each member of zarr.json has the JSON type the Zarr v3 specification gives it.",
        hint = "Write the value with the JSON type the specification requires (e.g. numbers unquoted, codecs as an array of objects).")
public final class WrongTypeRule implements Rule {
}
