package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Reported by {@link TsvReader} while reading a TSV: a cell holds a NUL byte. */
@RuleInfo(code = "HUBMAP_TSV_NUL", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "No cell of a HuBMAP TSV may hold a NUL byte (U+0000).",
        hint = "The file was probably saved as UTF-16 or is partly binary: re-save it from the spreadsheet as UTF-8 text.")
public final class TsvNul implements Rule {
}
