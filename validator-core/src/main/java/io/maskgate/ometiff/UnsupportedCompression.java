package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Pixel data must use a compression maskgate can verify: none, LZW, Deflate (8 or 32946) or PackBits. */
@RuleInfo(code = "OMETIFF_UNSUPPORTED_COMPRESSION", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Pixel data must use a compression maskgate can verify: none, LZW, Deflate (8 or 32946) or PackBits.",
        hint = "Re-save the mask with Adobe Deflate (compression code 8), which every OME-TIFF reader decodes.")
public final class UnsupportedCompression implements Rule {
}
