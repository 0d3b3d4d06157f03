package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A file that looks like an objects table must be named <mask>-objects.tsv or <mask>-objects.xlsx to be read as one. Detected by the folder check. */
@RuleInfo(code = "OBJECTS_TABLE_NAME", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "A file that looks like an objects table must be named <mask>-objects.tsv or <mask>-objects.xlsx to be read as one.",
        hint = "Rename the file to <mask>-objects.tsv or <mask>-objects.xlsx (lower-case extension); other names are ignored by HuBMAP's tools.")
public final class TableName implements Rule {
}
