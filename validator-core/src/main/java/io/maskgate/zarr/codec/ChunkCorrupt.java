package io.maskgate.zarr.codec;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A chunk file that cannot be read or decoded (not a valid frame, damaged compressed data). */
@RuleInfo(code = "ZARR_CHUNK_CORRUPT", severity = Severity.ERROR, category = Category.ZARR_CHUNKS,
        summary = "Every stored chunk must be readable and decode with the array's codecs.",
        hint = "Rewrite the chunk from the source data; a chunk that does not decode usually means an interrupted or faulty write or a disk error.")
public final class ChunkCorrupt implements Rule {
}
