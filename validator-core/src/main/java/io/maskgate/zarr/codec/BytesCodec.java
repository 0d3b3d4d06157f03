package io.maskgate.zarr.codec;


/** {@code bytes}: the elements in C order, little- or big-endian. */
final class BytesCodec implements ArrayToBytesCodec {

    private final int arrayBytes;
    private final int itemSize;
    private final boolean swap;

    BytesCodec(int arrayBytes, int itemSize, boolean bigEndian) {
        this.arrayBytes = arrayBytes;
        this.itemSize = itemSize;
        this.swap = bigEndian && itemSize > 1;
    }

    @Override
    public String name() {
        return "bytes";
    }

    @Override
    public long maxEncodedSize() {
        return arrayBytes;
    }

    @Override
    public long fixedEncodedSize() {
        return arrayBytes;
    }

    @Override
    public boolean passthrough() {
        return true;
    }

    @Override
    public byte[] encode(byte[] array) {
        byte[] out = java.util.Arrays.copyOf(array, arrayBytes);
        if (swap) {
            swapInPlace(out, 0, arrayBytes, itemSize);
        }
        return out;
    }

    @Override
    public Decoder newDecoder() {
        return (src, off, len, dst, problems) -> decode(src, off, len, dst);
    }

    private void decode(byte[] src, int off, int len, byte[] dst) throws ChunkDecodeException {
        if (len != arrayBytes) {
            throw new ChunkDecodeException(ChunkProblemKind.WRONG_LENGTH,
                    "decodes to " + len + " bytes, expected " + arrayBytes);
        }
        if (src != dst || off != 0) {
            System.arraycopy(src, off, dst, 0, len);
        }
        if (swap) {
            swapInPlace(dst, 0, len, itemSize);
        }
    }

    /** Reverses the byte order of every {@code size}-byte element. */
    static void swapInPlace(byte[] b, int off, int len, int size) {
        for (int e = off; e + size <= off + len; e += size) {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                byte t = b[e + i];
                b[e + i] = b[e + j];
                b[e + j] = t;
            }
        }
    }

}
