package io.maskgate.zarr.codec;

import java.util.zip.CRC32C;

/** {@code crc32c}: a 4-byte little-endian CRC-32C (Castagnoli) appended to the data; verified on decode. */
public final class Crc32cCodec implements BytesToBytesCodec {

    @Override
    public String name() {
        return "crc32c";
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return decodedSize + 4;
    }

    @Override
    public boolean fixedSize() {
        return true;
    }

    @Override
    public boolean inPlace() {
        return true;
    }

    @Override
    public byte[] encode(byte[] src, int off, int len) {
        byte[] out = new byte[len + 4];
        System.arraycopy(src, off, out, 0, len);
        CRC32C crc = new CRC32C();
        crc.update(src, off, len);
        putIntLE(out, len, (int) crc.getValue());
        return out;
    }

    static void putIntLE(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    static int getIntLE(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    @Override
    public Decoder newDecoder() {
        CRC32C crc = new CRC32C();
        return (src, off, len, dst, dstCap) -> {
            if (len < 4) {
                throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                        "crc32c: " + len + " bytes, too short to hold the 4-byte checksum");
            }
            crc.reset();
            crc.update(src, off, len - 4);
            int stored = getIntLE(src, off + len - 4);
            int actual = (int) crc.getValue();
            if (stored != actual) {
                throw new ChunkDecodeException(ChunkProblemKind.CHECKSUM, String.format(
                        "crc32c: stored checksum 0x%08x, computed 0x%08x", stored, actual));
            }
            return len - 4;
        };
    }
}
