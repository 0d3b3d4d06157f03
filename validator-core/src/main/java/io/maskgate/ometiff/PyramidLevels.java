package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every plane must have the same number of pyramid levels with the same sizes. */
@RuleInfo(code = "OMETIFF_PYRAMID_LEVELS", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Every plane must have the same number of pyramid levels with the same sizes.",
        hint = "Rebuild the pyramid for all planes with the same settings; readers expect one level layout per series.")
public final class PyramidLevels implements Rule {
}
