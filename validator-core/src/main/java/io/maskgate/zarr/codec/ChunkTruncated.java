package io.maskgate.zarr.codec;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A chunk whose encoded bytes end before its codecs expect. */
@RuleInfo(code = "ZARR_CHUNK_TRUNCATED", severity = Severity.ERROR, category = Category.ZARR_CHUNKS,
        summary = "A chunk's stored bytes must be complete: no codec may run out of input.",
        hint = "The chunk file is cut short (interrupted copy or upload); copy it again from the source.")
public final class ChunkTruncated implements Rule {
}
