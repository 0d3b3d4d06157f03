package io.maskgate.store.scan;

import io.maskgate.rules.Finding;

import java.util.Objects;

/**
 * What a {@link ChunkSource} found for one chunk.
 *
 * @param kind  present (the movie buffer was filled), absent (no chunk file: the fill value), or error
 * @param error for {@link Kind#ERROR}, the finding that explains it (its code belongs to the reader);
 *              null otherwise
 */
public record ChunkStatus(Kind kind, Finding error) {

    public enum Kind { PRESENT, ABSENT, ERROR }

    /** The chunk was decoded into the caller's buffer. */
    public static final ChunkStatus PRESENT = new ChunkStatus(Kind.PRESENT, null);

    /** The chunk does not exist; it reads as the array's fill value. */
    public static final ChunkStatus ABSENT = new ChunkStatus(Kind.ABSENT, null);

    public ChunkStatus {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ERROR) != (error != null)) {
            throw new IllegalArgumentException("an ERROR status needs a finding, and only an ERROR status has one");
        }
    }

    /** The chunk exists but cannot be decoded; {@code error} is reported and the scan goes on. */
    public static ChunkStatus failed(Finding error) {
        return new ChunkStatus(Kind.ERROR, error);
    }
}
