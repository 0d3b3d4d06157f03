package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The IFD chain and the SubIFD tree must not visit an IFD twice. */
@RuleInfo(code = "OMETIFF_IFD_LOOP", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "The IFD chain and the SubIFD tree must not visit an IFD twice.",
        hint = "The file's directory links form a cycle; re-export it with a TIFF writer that handles many pages (e.g. tifffile or bfconvert).")
public final class IfdLoop implements Rule {
}
