package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Images must be small enough for maskgate to analyse (rows of at most 1,048,576 pixels, at most 16,777,216 strips or tiles per image). */
@RuleInfo(code = "OMETIFF_TOO_LARGE", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Images must be small enough for maskgate to analyse (rows of at most 1,048,576 pixels, at most 16,777,216 strips or tiles per image).",
        hint = "Split the mask into smaller images or re-tile it; the pixels of this image were not checked.")
public final class TooLarge implements Rule {
}
