package io.maskgate.zarr.chunk;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A file in an array folder that is not the key of a chunk inside the chunk grid. */
@RuleInfo(code = "ZARR_CHUNK_STRAY_FILE", severity = Severity.WARNING, category = Category.ZARR_CHUNKS,
        summary = "An array folder should hold only its zarr.json and the keys of chunks inside its chunk grid.",
        hint = "Remove the file, or check the chunk key encoding and shape in zarr.json: readers ignore files that are not chunk keys, so their data is silently lost.")
public final class ChunkStrayFile implements Rule {
}
