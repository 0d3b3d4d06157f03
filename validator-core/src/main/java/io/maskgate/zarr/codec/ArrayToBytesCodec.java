package io.maskgate.zarr.codec;

import java.util.List;

/**
 * A Zarr v3 array→bytes codec ({@code bytes} or {@code sharding_indexed}). Immutable; per-thread
 * state lives in its {@link Decoder}. Arrays are C-order little-endian element bytes.
 */
interface ArrayToBytesCodec {

    String name();

    /** An upper bound of the encoded size of one array of this codec's shape. */
    long maxEncodedSize();

    /** The exact encoded size, or -1 when it depends on the data. */
    long fixedEncodedSize();

    /** True when the encoded bytes are the array bytes themselves, possibly byte-swapped. */
    boolean passthrough();

    byte[] encode(byte[] array);

    Decoder newDecoder();

    interface Decoder extends AutoCloseable {
        /**
         * Decodes {@code src[off, off+len)} into {@code dst[0, arrayBytes)}. Problems that leave the
         * rest decodable (an inner chunk of a shard) go to {@code problems}; a problem that leaves
         * nothing usable is thrown.
         */
        void decode(byte[] src, int off, int len, byte[] dst, List<ChunkProblem> problems) throws ChunkDecodeException;

        @Override
        default void close() {
        }
    }
}
