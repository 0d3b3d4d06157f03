package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every IFD, strip and tile of the TIFF must be readable and decode to the declared size. */
@RuleInfo(code = "OMETIFF_CORRUPT", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Every IFD, strip and tile of the TIFF must be readable and decode to the declared size.",
        hint = "The file is truncated or damaged: copy or export it again and compare its size and checksum with the original.")
public final class Corrupt implements Rule {
}
