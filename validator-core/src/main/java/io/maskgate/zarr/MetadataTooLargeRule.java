package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** zarr.json is at most the document size limit (16 MiB unless --max-document-size says otherwise) and within the parser's limits. */
@RuleInfo(code = "ZARR_METADATA_TOO_LARGE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr.json is at most the document size limit (16 MiB unless --max-document-size says otherwise), nested at most 1000 deep and of at most one JSON token per 8 bytes of that limit, so it can be read in bounded memory.",
        hint = "Move bulk data out of the attributes into arrays of the store.")
public final class MetadataTooLargeRule implements Rule {
}
