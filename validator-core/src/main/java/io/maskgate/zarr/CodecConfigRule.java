package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Each known codec's configuration has exactly the members its specification defines, with valid values. */
@RuleInfo(code = "ZARR_CODEC_CONFIG", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "Each known codec's configuration has exactly the members its specification defines, with valid values.",
        hint = "Fix the codec configuration as the codec's specification describes (e.g. zstd level -131072..22, gzip level 0..9, bytes endian little/big).")
public final class CodecConfigRule implements Rule {
}
