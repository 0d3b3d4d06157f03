package io.maskgate.labels;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/**
 * Findings of the label scan that were counted but not listed, because a store with systematic
 * problems can yield millions of them (one per object of 34 million frames) and listing all would
 * not fit in memory. Every finding is still counted in the scan statistics.
 */
@RuleInfo(code = "LABEL_FINDING_LIMIT", severity = Severity.INFO, category = Category.LABELS,
        summary = "Label findings beyond the scan's listing limits are counted, not listed.",
        hint = "The per-hypothesis counts are in the labelScan statistics table. Fix the listed findings first, "
                + "ignore a code in the config file, or raise the limits.")
public final class FindingLimit implements Rule {
}
