package io.maskgate.ometiff;

import java.io.IOException;
import java.io.InputStream;

/** Decodes PackBits (compression 32773): literal runs of 1..128 bytes and repeats of 2..128 bytes. */
final class PackBitsInputStream extends InputStream {

    private final InputStream in;
    private int literal;
    private int repeat;
    private int repeatValue;

    PackBitsInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        while (literal == 0 && repeat == 0) {
            int header = in.read();
            if (header < 0) {
                return -1;
            }
            byte n = (byte) header;
            if (n >= 0) {
                literal = n + 1;
            } else if (n != -128) {
                int v = in.read();
                if (v < 0) {
                    throw new CorruptDataException("PackBits data ends inside a repeat run");
                }
                repeat = 1 - n;
                repeatValue = v;
            }
        }
        if (repeat > 0) {
            repeat--;
            return repeatValue;
        }
        int v = in.read();
        if (v < 0) {
            throw new CorruptDataException("PackBits data ends inside a literal run");
        }
        literal--;
        return v;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int i = 0;
        while (i < len) {
            int v = read();
            if (v < 0) {
                break;
            }
            b[off + i++] = (byte) v;
        }
        return i == 0 && len > 0 ? -1 : i;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
