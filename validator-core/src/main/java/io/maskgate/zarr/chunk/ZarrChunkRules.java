package io.maskgate.zarr.chunk;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the keys stored in an array folder (code {@code ZARR_CHUNK_STRAY_FILE}). */
public final class ZarrChunkRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(ChunkStrayFile.class);
    }
}
