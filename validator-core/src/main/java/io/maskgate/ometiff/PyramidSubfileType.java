package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Pyramid levels in SubIFDs must be marked as reduced-resolution images (NewSubfileType = 1). */
@RuleInfo(code = "OMETIFF_PYRAMID_SUBFILETYPE", severity = Severity.WARNING, category = Category.OME_TIFF,
        summary = "Pyramid levels in SubIFDs must be marked as reduced-resolution images (NewSubfileType = 1).",
        hint = "Set tag 254 (NewSubfileType) to 1 on every SubIFD level.")
public final class PyramidSubfileType implements Rule {
}
