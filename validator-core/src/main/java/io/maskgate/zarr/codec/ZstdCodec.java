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
    public boolean fixedSize() {
        return false;
    }

    @Override
    public boolean inPlace() {
        return false;
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
            long n;
            try {
                n = ctx.decompressByteArray(dst, 0, dstCap, src, off, len);
            } catch (ZstdException e) {
                ctx.reset();
                throw problem(e.getErrorCode(), src, off, len, dstCap);
            }
            if (Zstd.isError(n)) {
                ctx.reset();
                throw problem(Zstd.getErrorCode(n), src, off, len, dstCap);
            }
            return (int) n;
        }

        private static ChunkDecodeException problem(long code, byte[] src, int off, int len, int dstCap) {
            String name = Zstd.getErrorName(code);
            if (code == Zstd.errDstSizeTooSmall()) {
                long declared = len >= 4 ? Zstd.getFrameContentSize(src, off, len) : -1;
                String claim = declared > 0 ? " (its frame header declares " + declared + " bytes)" : "";
                return new ChunkDecodeException(ChunkProblemKind.OVERSIZED,
                        "zstd: decompresses to more than the expected " + dstCap + " bytes" + claim);
            }
            if (code == Zstd.errSrcSizeWrong()) {
                return new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                        "zstd: compressed data ends early (" + len + " bytes): " + name);
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

        @Override
        public void close() {
            if (ctx != null) {
                ctx.close();
                ctx = null;
            }
        }
    }
}
