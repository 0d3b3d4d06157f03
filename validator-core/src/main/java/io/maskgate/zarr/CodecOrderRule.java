package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** codecs holds zero or more array-to-array codecs, then exactly one array-to-bytes codec, then zero or more bytes-to-bytes codecs. */
@RuleInfo(code = "ZARR_CODEC_ORDER", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "codecs holds zero or more array-to-array codecs, then exactly one array-to-bytes codec, then zero or more bytes-to-bytes codecs.",
        hint = "Order the codecs as transpose (optional), then bytes or sharding_indexed, then compressors and checksums such as zstd or crc32c.")
public final class CodecOrderRule implements Rule {
}
