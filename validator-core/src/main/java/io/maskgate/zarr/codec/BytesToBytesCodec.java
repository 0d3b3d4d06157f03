package io.maskgate.zarr.codec;

/**
 * A Zarr v3 bytes→bytes codec (compressor or checksum). Instances are immutable and shared by all
 * threads; per-thread state (native contexts, inflaters) lives in the {@link Decoder}.
 */
public interface BytesToBytesCodec {

    /** The codec's name in zarr.json. */
    String name();

    /** An upper bound of the encoded size of {@code decodedSize} bytes; bounds what is read from disk. */
    long maxEncodedSize(long decodedSize);

    /**
     * True when the encoded size is a fixed function of the decoded size (usable in a shard index);
     * false for compressors.
     */
    default boolean fixedSize() {
        return false;
    }

    /**
     * True when decoding leaves the data where it is (a trailing checksum is only stripped); false for
     * compressors.
     */
    default boolean inPlace() {
        return false;
    }

    /** A decoder for one thread. */
    Decoder newDecoder();

    /** Encodes {@code src[off, off+len)}; for fixtures and tests, not for the hot path. */
    byte[] encode(byte[] src, int off, int len);

    /** Per-thread decoding state. */
    interface Decoder extends AutoCloseable {
        /**
         * Decodes {@code src[off, off+len)} into {@code dst[0, dstCap)} and returns the decoded length;
         * never writes past {@code dstCap}: more output is {@link ChunkProblemKind#OVERSIZED}. In-place
         * codecs ignore {@code dst}: the decoded data stays at {@code src[off, off+result)}.
         */
        int decode(byte[] src, int off, int len, byte[] dst, int dstCap) throws ChunkDecodeException;

        @Override
        default void close() {
        }
    }
}
