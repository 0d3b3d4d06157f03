package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A mask must have one objects table, either <mask>-objects.xlsx or <mask>-objects.tsv, never both. Detected by the folder check. */
@RuleInfo(code = "OBJECTS_TABLE_BOTH_FORMATS", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "A mask must have one objects table, either <mask>-objects.xlsx or <mask>-objects.tsv, never both.",
        hint = "Remove one of the two files: HuBMAP loads both and the objects appear twice.")
public final class TableBothFormats implements Rule {
}
