package io.maskgate.zarr.codec;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A shard whose index is unusable: ranges outside the shard, over the index, overlapping, or half-empty entries. */
@RuleInfo(code = "ZARR_SHARD_INDEX", severity = Severity.ERROR, category = Category.ZARR_CHUNKS,
        summary = "A shard's index must give, for every inner chunk, either 2^64-1 twice (empty) or a byte range inside the shard that overlaps neither the index nor another chunk.",
        hint = "The shard was written by a faulty or interrupted writer; rewrite the shard.")
public final class ShardIndexInvalid implements Rule {
}
