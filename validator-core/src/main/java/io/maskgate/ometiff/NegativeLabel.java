package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Label values must not be negative (0 is background, objects are 1 and up). */
@RuleInfo(code = "OMETIFF_NEGATIVE_LABEL", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Label values must not be negative (0 is background, objects are 1 and up).",
        hint = "Store the mask as an unsigned integer type and relabel objects from 1.")
public final class NegativeLabel implements Rule {
}
