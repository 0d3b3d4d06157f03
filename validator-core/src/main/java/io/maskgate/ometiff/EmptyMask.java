package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A mask channel should contain at least one labelled object (value >= 1). */
@RuleInfo(code = "OMETIFF_EMPTY_MASK", severity = Severity.WARNING, category = Category.OME_TIFF,
        summary = "A mask channel should contain at least one labelled object (value >= 1).",
        hint = "Check that the right channel was exported; an all-background mask usually means a failed segmentation.")
public final class EmptyMask implements Rule {
}
