package io.maskgate.zarr.codec;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;

import java.util.List;

/**
 * The rules of decoding stored chunks through the codec pipeline (codes {@code ZARR_CHUNK_*},
 * {@code ZARR_SHARD_INDEX}, {@code ZARR_CODEC_UNAVAILABLE}), registered once; decoding raises them through
 * {@link ChunkProblemKind}.
 */
public final class ZarrCodecRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(ChunkCorrupt::new, ChunkTruncated::new, ChunkOversized::new,
            ChunkChecksum::new, ChunkWrongLength::new, CodecUnavailable::new, ShardIndexInvalid::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }
}
