package io.maskgate.zarr;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A sharding_indexed codec has a chunk_shape of the same rank that divides the shard shape, codecs and index_codecs lists, index codecs that do not compress (bytes, crc32c), and index_location start or end. */
@RuleInfo(code = "ZARR_SHARDING", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "A sharding_indexed codec has a chunk_shape of the same rank that divides the shard shape, codecs and index_codecs lists, index codecs that do not compress (bytes, crc32c), and index_location start or end.",
        hint = "Fix the sharding_indexed configuration; zarr-python writes index_codecs [bytes little-endian, crc32c] and index_location \"end\".")
public final class ShardingRule implements Rule {
}
