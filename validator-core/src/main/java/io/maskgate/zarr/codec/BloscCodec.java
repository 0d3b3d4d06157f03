package io.maskgate.zarr.codec;

import java.util.Arrays;

/**
 * {@code blosc} (the Blosc 1.x container). The 16-byte header is checked here before the native
 * library sees the buffer: declared sizes are bounded by the expected chunk size (so the native
 * allocation is bounded) and block offsets must lie inside the buffer (so a damaged header cannot
 * make the native code read out of bounds).
 */
public final class BloscCodec implements BytesToBytesCodec {

    static final int HEADER = 16;
    private static final int FLAG_MEMCPYED = 0x02;
    private static final String[] COMPRESSORS = {"blosclz", "lz4", "snappy", "zlib", "zstd"};

    private final BloscBackend backend;
    private final String cname;
    private final int clevel;
    private final int shuffle;
    private final int typesize;
    private final int blocksize;

    /**
     * @param shuffle 0 noshuffle, 1 shuffle, 2 bitshuffle
     */
    public BloscCodec(BloscBackend backend, String cname, int clevel, int shuffle, int typesize, int blocksize) {
        this.backend = backend;
        this.cname = cname;
        this.clevel = clevel;
        this.shuffle = shuffle;
        this.typesize = typesize;
        this.blocksize = blocksize;
    }

    /** The header code of a Zarr {@code cname} ({@code lz4hc} shares lz4's format), or -1. */
    static int compressorCode(String cname) {
        return switch (cname) {
            case "blosclz" -> BloscBackend.BLOSCLZ;
            case "lz4", "lz4hc" -> BloscBackend.LZ4;
            case "snappy" -> BloscBackend.SNAPPY;
            case "zlib" -> BloscBackend.ZLIB;
            case "zstd" -> BloscBackend.ZSTD;
            default -> -1;
        };
    }

    @Override
    public String name() {
        return "blosc";
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        // Blosc never expands by more than its header (memcpy fallback); slack for block tables.
        return decodedSize + (decodedSize >>> 8) + 64 * 1024;
    }

    @Override
    public byte[] encode(byte[] src, int off, int len) {
        try {
            return backend.compress(Arrays.copyOfRange(src, off, off + len), Math.max(1, typesize), cname, clevel,
                    shuffle, blocksize);
        } catch (Exception e) {
            throw new IllegalStateException("blosc compression failed: " + e, e);
        }
    }

    @Override
    public Decoder newDecoder() {
        return (src, off, len, dst, dstCap) -> {
            checkHeader(src, off, len, dstCap);
            int nbytes = Crc32cCodec.getIntLE(src, off + 4);
            byte[] whole = off == 0 && len == src.length ? src : Arrays.copyOfRange(src, off, off + len);
            byte[] out;
            try {
                out = backend.decompress(whole);
            } catch (Exception e) {
                throw new ChunkDecodeException(ChunkProblemKind.CORRUPT, "blosc: decompression failed: " + e.getMessage());
            }
            if (out == null || out.length != nbytes) {
                throw new ChunkDecodeException(ChunkProblemKind.CORRUPT, "blosc: decompression failed");
            }
            System.arraycopy(out, 0, dst, 0, nbytes);
            return nbytes;
        };
    }

    private void checkHeader(byte[] src, int off, int len, int dstCap) throws ChunkDecodeException {
        if (len < HEADER) {
            throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED, "blosc: " + len + " bytes, shorter than the 16-byte header");
        }
        int version = src[off] & 0xFF;
        int flags = src[off + 2] & 0xFF;
        int typeSize = src[off + 3] & 0xFF;
        long nbytes = Integer.toUnsignedLong(Crc32cCodec.getIntLE(src, off + 4));
        long block = Integer.toUnsignedLong(Crc32cCodec.getIntLE(src, off + 8));
        long cbytes = Integer.toUnsignedLong(Crc32cCodec.getIntLE(src, off + 12));
        if (version < 1 || version > 2) {
            throw corrupt("format version " + version + " is not Blosc 1.x (1 or 2)");
        }
        if (cbytes > len) {
            throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                    "blosc: header declares " + cbytes + " compressed bytes, the chunk has " + len);
        }
        if (cbytes != len) {
            throw corrupt("header declares " + cbytes + " compressed bytes, the chunk has " + len);
        }
        if (nbytes > dstCap) {
            throw new ChunkDecodeException(ChunkProblemKind.OVERSIZED,
                    "blosc: header declares " + nbytes + " decompressed bytes, more than the expected " + dstCap);
        }
        if (typeSize == 0) {
            throw corrupt("type size 0 in header");
        }
        int code = (flags >>> 5) & 7;
        if (code >= COMPRESSORS.length) {
            throw corrupt("unknown internal compressor code " + code);
        }
        if (!backend.supports(code)) {
            throw new ChunkDecodeException(ChunkProblemKind.CODEC_UNAVAILABLE,
                    "blosc: chunk compressed with " + COMPRESSORS[code] + ", which the Blosc library here lacks");
        }
        if ((flags & FLAG_MEMCPYED) != 0) {
            if (cbytes != nbytes + HEADER) {
                throw corrupt("stored (uncompressed) chunk of " + cbytes + " bytes for " + nbytes + " data bytes");
            }
            return;
        }
        if (nbytes == 0) {
            return;
        }
        if (block == 0 || block > Integer.MAX_VALUE) {
            throw corrupt("block size " + block + " in header");
        }
        long nblocks = (nbytes + block - 1) / block;
        long tableEnd = HEADER + 4 * nblocks;
        if (tableEnd > cbytes) {
            throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                    "blosc: " + nblocks + " block offsets do not fit in " + cbytes + " bytes");
        }
        for (int b = 0; b < nblocks; b++) {
            long start = Integer.toUnsignedLong(Crc32cCodec.getIntLE(src, off + HEADER + 4 * b));
            if (start < tableEnd || start >= cbytes) {
                throw corrupt("block " + b + " starts at " + start + ", outside the data area " + tableEnd + ".." + cbytes);
            }
        }
    }

    private static ChunkDecodeException corrupt(String message) {
        return new ChunkDecodeException(ChunkProblemKind.CORRUPT, "blosc: " + message);
    }
}
