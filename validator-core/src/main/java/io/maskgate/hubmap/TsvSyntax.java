package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Reported by {@link TsvReader} while reading a TSV. */
@RuleInfo(code = "HUBMAP_TSV_SYNTAX", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "A HuBMAP TSV must be readable as tab-separated values with balanced quotes.",
        hint = "Close the quote, or remove the leading double quote from the value.")
public final class TsvSyntax implements Rule {
}
