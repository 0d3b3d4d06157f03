package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** An XLSX objects table must be a readable Excel workbook (.xlsx, not password-protected). Detected by the XLSX reader. */
@RuleInfo(code = "OBJECTS_XLSX_UNREADABLE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "An XLSX objects table must be a readable Excel workbook (.xlsx, not password-protected).",
        hint = "Save the table as Excel Workbook (.xlsx) with a sheet named MAIN, or as UTF-8 TSV.")
public final class XlsxUnreadable implements Rule {
}
