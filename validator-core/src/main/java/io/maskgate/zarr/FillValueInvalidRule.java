package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** fill_value has the form the data type requires (integer for integer types, true/false for bool, number or NaN/Infinity/-Infinity/0x-hex string for floats, [re, im] for complex, byte array for raw). */
@RuleInfo(code = "ZARR_FILL_VALUE_INVALID", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "fill_value has the form the data type requires (integer for integer types, true/false for bool, number or NaN/Infinity/-Infinity/0x-hex string for floats, [re, im] for complex, byte array for raw).",
        hint = "Write the fill value in the form the data type requires, e.g. 0 for uint8; null is not allowed.")
public final class FillValueInvalidRule implements Rule {
}
