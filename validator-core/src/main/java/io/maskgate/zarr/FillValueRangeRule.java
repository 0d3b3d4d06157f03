package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** fill_value lies within the range of the data type (e.g. 0..255 for uint8). */
@RuleInfo(code = "ZARR_FILL_VALUE_RANGE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "fill_value lies within the range of the data type (e.g. 0..255 for uint8).",
        hint = "Use a fill value the data type can hold; some readers silently wrap out-of-range values (300 becomes 44 in uint8).")
public final class FillValueRangeRule implements Rule {
}
