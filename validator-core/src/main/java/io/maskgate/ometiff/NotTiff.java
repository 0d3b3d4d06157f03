package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** An OME-TIFF must start with a TIFF or BigTIFF header. */
@RuleInfo(code = "OMETIFF_NOT_TIFF", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "An OME-TIFF must start with a TIFF or BigTIFF header.",
        hint = "Check that the file really is a TIFF (not a PNG, JPEG or an HTML error page saved with a .ome.tiff name) and re-export it as OME-TIFF.")
public final class NotTiff implements Rule {
}
