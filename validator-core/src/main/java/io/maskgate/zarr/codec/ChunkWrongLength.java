package io.maskgate.zarr.codec;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A chunk that decodes to fewer (or, uncompressed, a different number of) bytes than expected. */
@RuleInfo(code = "ZARR_CHUNK_WRONG_LENGTH", severity = Severity.ERROR, category = Category.ZARR_CHUNKS,
        summary = "A chunk must decode to exactly the chunk shape times the element size.",
        hint = "The chunk was written for another chunk shape or data type; rewrite it with this array's metadata.")
public final class ChunkWrongLength implements Rule {
}
