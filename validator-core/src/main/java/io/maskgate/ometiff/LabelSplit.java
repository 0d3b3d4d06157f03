package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Each label must form exactly one 4-connected object in its plane. */
@RuleInfo(code = "OMETIFF_LABEL_SPLIT", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Each label must form exactly one 4-connected object in its plane.",
        hint = "Give every separate object its own label (relabel connected components), or merge the parts if they belong together.")
public final class LabelSplit implements Rule {
}
