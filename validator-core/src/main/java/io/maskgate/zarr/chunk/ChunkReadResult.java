package io.maskgate.zarr.chunk;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.zarr.codec.ChunkProblem;

import java.util.List;

/**
 * The outcome of reading one stored chunk.
 *
 * @param status      what happened
 * @param file        the chunk's file relative to the validation target, e.g. {@code data/c/3/12/0/0/0}
 * @param storedBytes bytes read from the chunk file (0 when absent)
 * @param problems    why it did not decode (empty unless {@link Status#ERROR})
 * @param location    the location findings report (from the reader's {@link ChunkLocator}), or NONE
 */
public record ChunkReadResult(Status status, String file, long storedBytes, List<ChunkProblem> problems,
                              Location location) {

    public enum Status {
        /** Decoded: the buffer holds the chunk. */
        PRESENT,
        /** No chunk file: the buffer holds the fill value (normal in Zarr; count it in statistics). */
        ABSENT,
        /**
         * The chunk file exists but did not decode; see {@link #problems()}. The buffer content is not
         * data (undecodable inner chunks of a shard hold the fill value): skip content checks for it.
         */
        ERROR,
        /**
         * The array's codecs cannot be decoded here; the array's one finding is
         * {@link ArrayChunkReader#arrayFinding()}, so do not report this chunk.
         */
        SKIPPED
    }

    public ChunkReadResult {
        problems = List.copyOf(problems);
        location = location == null ? Location.NONE : location;
    }

    public boolean ok() {
        return status == Status.PRESENT || status == Status.ABSENT;
    }

    /** One finding per problem (empty unless {@link Status#ERROR}). */
    public List<Finding> findings() {
        return problems.stream().map(p -> p.toFinding(file, location)).toList();
    }
}
