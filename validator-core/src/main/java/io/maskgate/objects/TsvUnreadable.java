package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A TSV objects table must be readable UTF-8 tab-separated text with balanced quotes. Detected by the TSV reader. */
@RuleInfo(code = "OBJECTS_TSV_UNREADABLE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "A TSV objects table must be readable UTF-8 tab-separated text with balanced quotes.",
        hint = "Save the table as UTF-8 tab-separated text; quote a field only as a whole (\"...\").")
public final class TsvUnreadable implements Rule {
}
