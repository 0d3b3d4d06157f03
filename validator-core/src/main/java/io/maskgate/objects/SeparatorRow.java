package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Exactly one blank row must separate the header block from the column header row. Detected by the header parser. */
@RuleInfo(code = "OBJECTS_SEPARATOR_ROW", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Exactly one blank row must separate the header block from the column header row.",
        hint = "Leave exactly one empty row between 'Requirement level' and the column header row (HuBMAP's validator reports 'Missing a separator row' otherwise).")
public final class SeparatorRow implements Rule {
}
