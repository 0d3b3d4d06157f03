package io.maskgate.zarr.codec;

/**
 * A codec could not decode a chunk. Expected on bad input, so it carries no stack trace (a store
 * with thousands of broken chunks must not pay for one each).
 */
public final class ChunkDecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ChunkProblemKind kind;

    public ChunkDecodeException(ChunkProblemKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public ChunkProblemKind kind() {
        return kind;
    }

    public ChunkProblem problem() {
        return new ChunkProblem(kind, getMessage());
    }
}
