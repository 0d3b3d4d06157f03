package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Reported by {@link TsvReader} while reading a TSV. */
@RuleInfo(code = "HUBMAP_TSV_TOO_LARGE", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "A HuBMAP metadata or contributors TSV must be small: at most the document size limit (16 MiB unless --max-document-size says otherwise) and 16,384 columns.",
        hint = "Check that the file is the metadata or contributors TSV and not a data table.")
public final class TsvTooLarge implements Rule {
}
