package io.maskgate.zarr;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;
import io.maskgate.zarr.chunk.ChunkStrayFile;
import io.maskgate.zarr.codec.ChunkChecksum;
import io.maskgate.zarr.codec.ChunkCorrupt;
import io.maskgate.zarr.codec.ChunkOversized;
import io.maskgate.zarr.codec.ChunkTruncated;
import io.maskgate.zarr.codec.ChunkWrongLength;
import io.maskgate.zarr.codec.CodecUnavailable;
import io.maskgate.zarr.codec.ShardIndexInvalid;

import java.util.List;

/** The rules of the Zarr v3 metadata and chunks area (codes {@code ZARR_*}). */
public final class ZarrRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(
                // chunks and codecs (h-codec)
                ChunkCorrupt.class,
                ChunkTruncated.class,
                ChunkOversized.class,
                ChunkChecksum.class,
                ChunkWrongLength.class,
                ChunkStrayFile.class,
                CodecUnavailable.class,
                ShardIndexInvalid.class);
    }
}
