package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A codec list holds at most 64 codecs; real chains hold a handful, and each codec costs a buffer per worker. */
@RuleInfo(code = "ZARR_CODECS_TOO_MANY", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "A codecs list holds at most 64 codecs, so decoding a chunk has bounded cost.",
        hint = "Real codec chains hold a handful of codecs (transpose, bytes or sharding_indexed, a compressor, a checksum); "
                + "the metadata was probably generated wrongly.")
public final class CodecChainTooLongRule implements Rule {

    /** The most codecs one list may hold. */
    static final int MAX_CODECS = 64;
}
