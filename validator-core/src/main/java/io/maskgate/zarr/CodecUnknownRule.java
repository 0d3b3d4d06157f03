package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every codec is one maskgate can decode: bytes, transpose, sharding_indexed, zstd, gzip, blosc, crc32c. */
@RuleInfo(code = "ZARR_CODEC_UNKNOWN", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "Every codec is one maskgate can decode: bytes, transpose, sharding_indexed, zstd, gzip, blosc, crc32c.",
        hint = "Re-encode the array with supported codecs (zarr-python's defaults are bytes + zstd).")
public final class CodecUnknownRule implements Rule {
}
