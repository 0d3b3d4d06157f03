package io.maskgate.zarr.codec;

/** A Blosc (1.x format) implementation; the production one is the blosc-java JNI binding. */
public interface BloscBackend {

    /** Internal compressor codes of the Blosc header (flags bits 5-7). */
    int BLOSCLZ = 0;
    int LZ4 = 1;
    int SNAPPY = 2;
    int ZLIB = 3;
    int ZSTD = 4;

    /** Whether chunks whose header names internal compressor {@code code} can be decompressed. */
    boolean supports(int code);

    /** Decompresses one whole Blosc buffer whose header was already checked; returns its nbytes bytes. */
    byte[] decompress(byte[] src) throws Exception;

    /** Compresses for fixtures and tests. */
    byte[] compress(byte[] src, int typesize, String cname, int clevel, int shuffle, int blocksize) throws Exception;
}
