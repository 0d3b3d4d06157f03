package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** An objects table must have a column header row (Object ID, Source file, Mask name, ...) within its first 20 rows. Detected by the header parser. */
@RuleInfo(code = "OBJECTS_COLUMN_HEADER_MISSING", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "An objects table must have a column header row (Object ID, Source file, Mask name, ...) within its first 20 rows.",
        hint = "Start from HuBMAP's objects template: header block in rows 1-8, a blank row 9, the column header row 10 (Object ID, Source file, Mask name, Mask ID, Protocol for mask creation (DOI), Annotation tool, Object type, X, Y, Z), data from row 11.")
public final class ColumnHeaderMissing implements Rule {
}
