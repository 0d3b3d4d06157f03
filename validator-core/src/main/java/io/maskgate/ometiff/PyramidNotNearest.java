package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every pixel of a pyramid level must take a value from the corresponding block of the level above (nearest-neighbour reduction). */
@RuleInfo(code = "OMETIFF_PYRAMID_NOT_NEAREST", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Every pixel of a pyramid level must take a value from the corresponding block of the level above (nearest-neighbour reduction).",
        hint = "Interpolating or averaging downsamplers invent label values; rebuild the pyramid with nearest-neighbour (order 0) downsampling.")
public final class PyramidNotNearest implements Rule {
}
