package io.maskgate.zarr.codec;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code gzip} (RFC 1952) with {@code java.util.zip}.
 *
 * <p>The container is parsed here rather than with {@code GZIPInputStream} because the stream
 * allocates an inflater and buffers per chunk, cannot stop at an output bound without an extra copy,
 * and reports truncation and corruption alike as {@code EOFException}/{@code ZipException}; a reused
 * raw {@link Inflater} writing into the caller's bounded buffer avoids all three. Multi-member files
 * (concatenated gzip) are decoded; trailing zero padding is tolerated, other trailing bytes are not.
 */
public final class GzipCodec implements BytesToBytesCodec {

    private static final int FTEXT_RESERVED = 0xE0;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final int level;

    public GzipCodec(int level) {
        this.level = level;
    }

    @Override
    public String name() {
        return "gzip";
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        // Stored deflate blocks cost 5 bytes per 65535; headers may carry names and extra fields.
        return decodedSize + (decodedSize >>> 12) + 64 * 1024;
    }

    @Override
    public byte[] encode(byte[] src, int off, int len) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(len / 2 + 64);
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}, 0, 10);
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(src, off, len);
            deflater.finish();
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.write(buf, 0, n);
            }
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(src, off, len);
        byte[] trailer = new byte[8];
        Crc32cCodec.putIntLE(trailer, 0, (int) crc.getValue());
        Crc32cCodec.putIntLE(trailer, 4, len);
        out.write(trailer, 0, 8);
        return out.toByteArray();
    }

    @Override
    public Decoder newDecoder() {
        return new GzipDecoder();
    }

    private static final class GzipDecoder implements Decoder {
        private Inflater inflater;
        private final CRC32 crc = new CRC32();
        private final byte[] probe = new byte[1];

        @Override
        public int decode(byte[] src, int off, int len, byte[] dst, int dstCap) throws ChunkDecodeException {
            if (inflater == null) {
                inflater = new Inflater(true);
            }
            int end = off + len;
            int pos = off;
            int produced = 0;
            boolean first = true;
            while (first || !onlyZeros(src, pos, end)) {
                if (!first && (src[pos] != 0x1f || end - pos < 2 || src[pos + 1] != (byte) 0x8b)) {
                    throw corrupt("bytes after the last gzip member are not a gzip member");
                }
                first = false;
                pos = skipHeader(src, pos, end);
                int memberStart = produced;
                produced = inflateMember(src, pos, end, dst, produced, dstCap);
                pos = end - inflater.getRemaining();
                if (end - pos < 8) {
                    throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED, "gzip: the 8-byte trailer is missing or cut short");
                }
                crc.reset();
                crc.update(dst, memberStart, produced - memberStart);
                int storedCrc = Crc32cCodec.getIntLE(src, pos);
                if (storedCrc != (int) crc.getValue()) {
                    throw new ChunkDecodeException(ChunkProblemKind.CHECKSUM, String.format(
                            "gzip: stored CRC-32 0x%08x, computed 0x%08x", storedCrc, (int) crc.getValue()));
                }
                int storedSize = Crc32cCodec.getIntLE(src, pos + 4);
                if (storedSize != produced - memberStart) {
                    throw corrupt("gzip: trailer size " + Integer.toUnsignedString(storedSize)
                            + " differs from the " + (produced - memberStart) + " bytes decoded");
                }
                pos += 8;
            }
            return produced;
        }

        private int inflateMember(byte[] src, int pos, int end, byte[] dst, int produced, int dstCap)
                throws ChunkDecodeException {
            inflater.reset();
            inflater.setInput(src, pos, end - pos);
            try {
                while (!inflater.finished()) {
                    long readBefore = inflater.getBytesRead();
                    int k;
                    if (produced < dstCap) {
                        k = inflater.inflate(dst, produced, dstCap - produced);
                        produced += k;
                    } else {
                        k = inflater.inflate(probe, 0, 1);
                        if (k > 0) {
                            throw new ChunkDecodeException(ChunkProblemKind.OVERSIZED,
                                    "gzip: decompresses to more than the expected " + dstCap + " bytes");
                        }
                    }
                    if (k == 0 && !inflater.finished()) {
                        if (inflater.needsDictionary()) {
                            throw corrupt("gzip: deflate stream asks for a preset dictionary");
                        }
                        if (inflater.needsInput()) {
                            throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                                    "gzip: compressed data ends early (" + (end - pos) + " bytes of deflate data)");
                        }
                        if (inflater.getBytesRead() == readBefore) {
                            throw corrupt("gzip: deflate stream makes no progress");
                        }
                    }
                }
            } catch (DataFormatException e) {
                throw corrupt("gzip: invalid deflate data: " + e.getMessage());
            }
            return produced;
        }

        /** Returns the position of the deflate data after the member header at {@code pos}. */
        private int skipHeader(byte[] src, int pos, int end) throws ChunkDecodeException {
            if (end - pos < 10) {
                if (end - pos >= 2 && (src[pos] != 0x1f || src[pos + 1] != (byte) 0x8b)) {
                    throw corrupt("gzip: not a gzip member (magic bytes 1f 8b missing)");
                }
                throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                        "gzip: " + (end - pos) + " bytes, shorter than a gzip header");
            }
            if (src[pos] != 0x1f || src[pos + 1] != (byte) 0x8b) {
                throw corrupt("gzip: not a gzip member (magic bytes 1f 8b missing)");
            }
            if (src[pos + 2] != 8) {
                throw corrupt("gzip: compression method " + (src[pos + 2] & 0xFF) + " is not deflate (8)");
            }
            int flags = src[pos + 3] & 0xFF;
            if ((flags & FTEXT_RESERVED) != 0) {
                throw corrupt("gzip: reserved header flag bits are set");
            }
            int start = pos;
            int p = pos + 10;
            if ((flags & FEXTRA) != 0) {
                need(p, 2, end);
                int xlen = (src[p] & 0xFF) | (src[p + 1] & 0xFF) << 8;
                p += 2;
                need(p, xlen, end);
                p += xlen;
            }
            if ((flags & FNAME) != 0) {
                p = skipZeroTerminated(src, p, end);
            }
            if ((flags & FCOMMENT) != 0) {
                p = skipZeroTerminated(src, p, end);
            }
            if ((flags & FHCRC) != 0) {
                need(p, 2, end);
                crc.reset();
                crc.update(src, start, p - start);
                int stored = (src[p] & 0xFF) | (src[p + 1] & 0xFF) << 8;
                if (stored != ((int) crc.getValue() & 0xFFFF)) {
                    throw new ChunkDecodeException(ChunkProblemKind.CHECKSUM, "gzip: header CRC-16 mismatch");
                }
                p += 2;
            }
            return p;
        }

        private static void need(int p, int n, int end) throws ChunkDecodeException {
            if (end - p < n) {
                throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED, "gzip: header cut short");
            }
        }

        private static int skipZeroTerminated(byte[] src, int p, int end) throws ChunkDecodeException {
            while (p < end && src[p] != 0) {
                p++;
            }
            need(p, 1, end);
            return p + 1;
        }

        private static boolean onlyZeros(byte[] src, int from, int end) {
            for (int i = from; i < end; i++) {
                if (src[i] != 0) {
                    return false;
                }
            }
            return true;
        }

        private static ChunkDecodeException corrupt(String message) {
            return new ChunkDecodeException(ChunkProblemKind.CORRUPT, message.startsWith("gzip:") ? message : "gzip: " + message);
        }

        @Override
        public void close() {
            if (inflater != null) {
                inflater.end();
                inflater = null;
            }
        }
    }
}
