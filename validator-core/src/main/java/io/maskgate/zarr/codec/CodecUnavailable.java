package io.maskgate.zarr.codec;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A codec (or codec setting) that this installation cannot decode, e.g. blosc when its native library cannot load. */
@RuleInfo(code = "ZARR_CODEC_UNAVAILABLE", severity = Severity.ERROR, category = Category.ZARR_CHUNKS,
        summary = "Every codec an array uses must be decodable by maskgate on this machine.",
        hint = "Install a platform for which the codec's native library exists (blosc: linux-x86_64, windows-x64, macOS), or re-encode the array with zstd or gzip.")
public final class CodecUnavailable implements Rule {
}
