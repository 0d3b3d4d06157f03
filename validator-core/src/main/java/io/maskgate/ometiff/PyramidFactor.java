package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Pyramid levels must shrink by one integer factor, the same in X and Y and constant between levels, with consistent sizes. */
@RuleInfo(code = "OMETIFF_PYRAMID_FACTOR", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Pyramid levels must shrink by one integer factor, the same in X and Y and constant between levels, with consistent sizes.",
        hint = "Rebuild the pyramid by repeated downsampling with a fixed integer factor (usually 2) in both X and Y.")
public final class PyramidFactor implements Rule {
}
