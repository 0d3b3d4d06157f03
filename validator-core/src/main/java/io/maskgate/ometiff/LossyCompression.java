package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Label masks must be stored with lossless compression. */
@RuleInfo(code = "OMETIFF_LOSSY_COMPRESSION", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Label masks must be stored with lossless compression.",
        hint = "Lossy codecs (JPEG, JPEG 2000, WebP, JPEG XL, LERC) change label values; re-save the mask with Adobe Deflate (code 8).")
public final class LossyCompression implements Rule {
}
