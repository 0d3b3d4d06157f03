package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Reported by {@link TsvReader} while reading a TSV. */
@RuleInfo(code = "HUBMAP_TSV_ROW_WIDTH", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "No row of a HuBMAP TSV may have values beyond the header's columns.",
        hint = "Remove the stray value or tab, or add the missing column header.")
public final class TsvRowWidth implements Rule {
}
