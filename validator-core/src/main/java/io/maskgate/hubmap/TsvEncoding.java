package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Reported by {@link TsvReader} while reading a TSV. */
@RuleInfo(code = "HUBMAP_TSV_ENCODING", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "A HuBMAP TSV must be encoded in UTF-8.",
        hint = "Re-save the file as UTF-8 (a spreadsheet's plain text export often uses a legacy code page such as Windows-1252).")
public final class TsvEncoding implements Rule {
}
