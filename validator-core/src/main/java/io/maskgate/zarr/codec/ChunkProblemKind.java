package io.maskgate.zarr.codec;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;

/** Why a stored chunk could not be decoded; each kind is one rule code. */
public enum ChunkProblemKind {
    CORRUPT(ChunkCorrupt.class),
    TRUNCATED(ChunkTruncated.class),
    OVERSIZED(ChunkOversized.class),
    CHECKSUM(ChunkChecksum.class),
    WRONG_LENGTH(ChunkWrongLength.class),
    SHARD_INDEX(ShardIndexInvalid.class),
    CODEC_UNAVAILABLE(CodecUnavailable.class);

    private final Class<? extends Rule> rule;
    @SuppressWarnings("ImmutableEnumChecker") // RuleMeta is a record of immutable values
    private final RuleMeta meta;

    ChunkProblemKind(Class<? extends Rule> rule) {
        this.rule = rule;
        this.meta = RuleMeta.of(rule);
    }

    public Class<? extends Rule> rule() {
        return rule;
    }

    /** The rule's metadata, to build findings. */
    public RuleMeta meta() {
        return meta;
    }

    public String code() {
        return meta.code();
    }
}
