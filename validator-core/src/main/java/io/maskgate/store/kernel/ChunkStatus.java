package io.maskgate.store.kernel;

import io.maskgate.rules.Finding;

import java.io.Serializable;
import java.util.Objects;

/**
 * What fetching one chunk found, as the kernel's input says it ({@link TrenchChunks}).
 *
 * @param kind  present (its stored bytes were fetched, still to be decoded), absent (no chunk: the fill value),
 *              or error (it could not be fetched)
 * @param error for {@link Kind#ERROR}, the finding that explains it (its code belongs to the reader);
 *              null otherwise
 */
public record ChunkStatus(Kind kind, Finding error) implements Serializable {

    public enum Kind { PRESENT, ABSENT, ERROR }

    /** The chunk's stored bytes were fetched. */
    public static final ChunkStatus PRESENT = new ChunkStatus(Kind.PRESENT, null);

    /** The chunk does not exist; it reads as the array's fill value. */
    public static final ChunkStatus ABSENT = new ChunkStatus(Kind.ABSENT, null);

    public ChunkStatus {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ERROR) != (error != null)) {
            throw new IllegalArgumentException("an ERROR status needs a finding, and only an ERROR status has one");
        }
    }

    /** The chunk exists but cannot be fetched; {@code error} is reported and the scan goes on. */
    public static ChunkStatus failed(Finding error) {
        return new ChunkStatus(Kind.ERROR, error);
    }
}
