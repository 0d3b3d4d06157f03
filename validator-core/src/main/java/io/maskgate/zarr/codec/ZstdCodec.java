package io.maskgate.zarr.codec;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;

/**
 * {@code zstd} through zstd-jni.
 *
 * <p>Decoding is one-shot {@code ZSTD_decompressDCtx} into the caller's bounded buffer. That call
 * writes straight into the destination, needs no window buffer and fails with
 * {@code dstSize_tooSmall} as soon as the output would pass the bound, whether or not the frame
 * header declares a content size (frames written by streaming compressors have none). So a frame
 * that claims or produces a terabyte costs no memory and little time, and no separate streaming
 * path is needed. Concatenated frames and skippable frames are decoded as the zstd format defines.
 */
public final class ZstdCodec implements BytesToBytesCodec {

    private final int level;
    private final boolean checksum;
    private final boolean contentSize;

    public ZstdCodec(int level, boolean checksum) {
        this(level, checksum, true);
    }

    /** @param contentSize whether encoded frames declare their content size (tests use false) */
    public ZstdCodec(int level, boolean checksum, boolean contentSize) {
        this.level = level;
        this.checksum = checksum;
        this.contentSize = contentSize;
    }

    @Override
    public String name() {
        return "zstd";
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        // ZSTD_compressBound plus room for a few extra (e.g. skippable) frames from other writers.
        return decodedSize + (decodedSize >>> 8) + 64 * 1024;
    }

    @Override
    public byte[] encode(byte[] src, int off, int len) {
        try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
            ctx.setLevel(level).setChecksum(checksum).setContentSize(contentSize);
            byte[] out = new byte[(int) Zstd.compressBound(len)];
            int n = ctx.compressByteArray(out, 0, out.length, src, off, len);
            return java.util.Arrays.copyOf(out, n);
        }
    }

    @Override
    public Decoder newDecoder() {
        return new ZstdDecoder();
    }

    private static final class ZstdDecoder implements Decoder {
        private ZstdDecompressCtx ctx;

        @Override
        public int decode(byte[] src, int off, int len, byte[] dst, int dstCap) throws ChunkDecodeException {
            if (ctx == null) {
                ctx = new ZstdDecompressCtx();
            }
            if (len == 0) {
                throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED, "zstd: empty chunk, no frame");
            }
            // libzstd only checks a declared content size after decoding the frame (and calls a
            // mismatch corruption); a header that claims more than we accept is reported up front.
            long declared = len >= 5 ? Zstd.getFrameContentSize(src, off, len) : -1;
            if (declared > dstCap) {
                throw new ChunkDecodeException(ChunkProblemKind.OVERSIZED, "zstd: frame header declares " + declared
                        + " bytes, more than the expected " + dstCap);
            }
            long n;
            try {
                n = ctx.decompressByteArray(dst, 0, dstCap, src, off, len);
            } catch (ZstdException e) {
                ctx.reset();
                throw problem(e.getErrorCode(), e.getMessage(), src, off, len, dstCap);
            }
            if (Zstd.isError(n)) {
                ctx.reset();
                // getErrorName takes the function's return value, not the error code derived from it
                throw problem(Zstd.getErrorCode(n), Zstd.getErrorName(n), src, off, len, dstCap);
            }
            return (int) n;
        }

        private static ChunkDecodeException problem(long code, String name, byte[] src, int off, int len, int dstCap) {
            if (code == Zstd.errDstSizeTooSmall()) {
                long declared = len >= 4 ? Zstd.getFrameContentSize(src, off, len) : -1;
                String claim = declared > 0 ? " (its frame header declares " + declared + " bytes)" : "";
                return new ChunkDecodeException(ChunkProblemKind.OVERSIZED,
                        "zstd: decompresses to more than the expected " + dstCap + " bytes" + claim);
            }
            if (code == Zstd.errSrcSizeWrong()) {
                return srcSizeWrong(src, off, len);
            }
            if (code == Zstd.errChecksumWrong()) {
                return new ChunkDecodeException(ChunkProblemKind.CHECKSUM, "zstd: content checksum mismatch");
            }
            if (code == Zstd.errPrefixUnknown()) {
                return new ChunkDecodeException(ChunkProblemKind.CORRUPT,
                        "zstd: not a zstd frame (unknown magic number)");
            }
            return new ChunkDecodeException(ChunkProblemKind.CORRUPT, "zstd: " + name);
        }

        /**
         * libzstd says "Src size is incorrect" both for a cut-off frame and for trailing bytes that are
         * too short to be a frame; walking the frames tells the two apart.
         */
        private static ChunkDecodeException srcSizeWrong(byte[] src, int off, int len) {
            int pos = off;
            int end = off + len;
            while (pos < end) {
                long size;
                try {
                    size = Zstd.findFrameCompressedSize(src, pos, end - pos);
                } catch (RuntimeException e) {
                    size = -1;
                }
                if (size <= 0 || Zstd.isError(size) || size > end - pos) {
                    break;
                }
                pos += (int) size;
            }
            if (pos < end && pos > off && !hasFrameMagic(src, pos, end)) {
                return new ChunkDecodeException(ChunkProblemKind.CORRUPT,
                        "zstd: " + (end - pos) + " bytes after the last frame are not a zstd frame");
            }
            if (pos == off && !hasFrameMagic(src, pos, end)) {
                return new ChunkDecodeException(ChunkProblemKind.CORRUPT, "zstd: not a zstd frame (unknown magic number)");
            }
            return new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                    "zstd: compressed data ends early (frame at byte " + (pos - off) + " of " + len + " is cut short)");
        }

        private static boolean hasFrameMagic(byte[] src, int pos, int end) {
            if (end - pos < 4) {
                return false;
            }
            int magic = Crc32cCodec.getIntLE(src, pos);
            return magic == 0xFD2FB528 || (magic & 0xFFFFFFF0) == 0x184D2A50;
        }

        @Override
        public void close() {
            if (ctx != null) {
                ctx.close();
                ctx = null;
            }
        }
    }
}
