package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The objects table of an XLSX workbook must be on a sheet named MAIN. Detected by the XLSX reader. */
@RuleInfo(code = "OBJECTS_XLSX_SHEET", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "The objects table of an XLSX workbook must be on a sheet named MAIN.",
        hint = "Rename the sheet holding the table to MAIN (HuBMAP's template names it so); maskgate read the first sheet instead.")
public final class XlsxSheet implements Rule {
}
