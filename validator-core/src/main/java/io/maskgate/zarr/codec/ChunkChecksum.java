package io.maskgate.zarr.codec;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A chunk or shard index whose stored checksum does not match. */
@RuleInfo(code = "ZARR_CHUNK_CHECKSUM", severity = Severity.ERROR, category = Category.ZARR_CHUNKS,
        summary = "Checksums stored with a chunk (crc32c codec, shard index crc32c, zstd content checksum, gzip CRC-32) must match its bytes.",
        hint = "The chunk's bytes changed after writing (disk or transfer error); copy it again from a good source.")
public final class ChunkChecksum implements Rule {
}
