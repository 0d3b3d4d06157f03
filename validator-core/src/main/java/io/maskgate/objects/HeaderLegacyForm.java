package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The older 7-row header block (without Alternative ID) is accepted; the current template has 8 rows. Detected by the header parser. */
@RuleInfo(code = "OBJECTS_HEADER_LEGACY_FORM", severity = Severity.INFO, category = Category.OBJECTS_TABLE,
        summary = "The older 7-row header block (without Alternative ID) is accepted; the current template has 8 rows.",
        hint = "Add an 'Alternative ID' row after the Protocol row to use the current template: HuBMAP's object converter reads 8 header rows at fixed positions.")
public final class HeaderLegacyForm implements Rule {
}
