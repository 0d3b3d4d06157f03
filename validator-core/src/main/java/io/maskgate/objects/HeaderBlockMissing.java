package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** An objects table must start with the structured header block (Type, Unit, Feature class, Description, Protocol ... (DOI), Alternative ID, Permissible values, Requirement level) above the column header row. Detected by the header parser. */
@RuleInfo(code = "OBJECTS_HEADER_BLOCK_MISSING", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "An objects table must start with the structured header block (Type, Unit, Feature class, Description, Protocol ... (DOI), Alternative ID, Permissible values, Requirement level) above the column header row.",
        hint = "Insert the 8 header-block rows (column A holds the keys, each column's attributes below its name) and one blank row above the column header row, as in HuBMAP's objects template.")
public final class HeaderBlockMissing implements Rule {
}
