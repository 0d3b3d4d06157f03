package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A plane must have few enough distinct labels for maskgate to analyse them all. */
@RuleInfo(code = "OMETIFF_LABEL_LIMIT", severity = Severity.WARNING, category = Category.OME_TIFF,
        summary = "A plane must have few enough distinct labels for maskgate to analyse them all.",
        hint = "The label analysis of this plane stopped at the limit; split the mask, or give maskgate more memory (the limit grows with the Java heap, -Xmx, up to 8,000,000 labels per plane).")
public final class LabelLimit implements Rule {
}
