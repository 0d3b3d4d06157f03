package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** An XLSX objects table must not be refused by POI's zip-bomb guard (parts that expand more than 100-fold). Detected by the XLSX reader. */
@RuleInfo(code = "OBJECTS_XLSX_ZIP_BOMB", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "An XLSX objects table must not be refused by POI's zip-bomb guard (parts that expand more than 100-fold).",
        hint = "Re-save the workbook in Excel or LibreOffice; if it still expands that much (e.g. millions of identical cells), submit the table as TSV instead.")
public final class XlsxZipBomb implements Rule {
}
