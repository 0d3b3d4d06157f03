package io.maskgate.zarr.codec;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A chunk that inflates beyond its expected raw size (decompression is stopped at that size). */
@RuleInfo(code = "ZARR_CHUNK_OVERSIZED", severity = Severity.ERROR, category = Category.ZARR_CHUNKS,
        summary = "A chunk must not decode to more bytes than the chunk shape times the element size.",
        hint = "The chunk was written for another shape or data type, or is not a chunk of this array; rewrite it.")
public final class ChunkOversized implements Rule {
}
