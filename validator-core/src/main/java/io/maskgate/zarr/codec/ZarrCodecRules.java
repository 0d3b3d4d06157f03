package io.maskgate.zarr.codec;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of decoding stored chunks through the codec pipeline (codes {@code ZARR_CHUNK_*}, {@code ZARR_SHARD_INDEX}, {@code ZARR_CODEC_UNAVAILABLE}). */
public final class ZarrCodecRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(ChunkCorrupt.class, ChunkTruncated.class, ChunkOversized.class, ChunkChecksum.class,
                ChunkWrongLength.class, CodecUnavailable.class, ShardIndexInvalid.class);
    }
}
