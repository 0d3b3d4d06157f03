package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The header block must consist of the template's row keys in column A, in order, without gaps or unknown rows. Detected by the header parser. */
@RuleInfo(code = "OBJECTS_HEADER_BLOCK_MALFORMED", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "The header block must consist of the template's row keys in column A, in order, without gaps or unknown rows.",
        hint = "Column A of rows 1-8 must read: Type, Unit, Feature class, Description, Protocol used to derive this feature value (DOI), Alternative ID, Permissible values, Requirement level.")
public final class HeaderBlockMalformed implements Rule {
}
