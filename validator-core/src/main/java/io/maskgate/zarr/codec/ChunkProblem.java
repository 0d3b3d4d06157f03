package io.maskgate.zarr.codec;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;

/**
 * One reason a stored chunk (or an inner chunk of a shard) did not decode.
 *
 * @param message human text, e.g. {@code zstd: decompresses to more than 4020296 bytes}
 */
public record ChunkProblem(ChunkProblemKind kind, String message) {

    public String code() {
        return kind.code();
    }

    /** A finding of this problem's rule. */
    public Finding toFinding(String file, Location location) {
        return kind.meta().finding(file, location, message);
    }
}
