package io.maskgate.ometiff;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes TIFF LZW (compression 5): MSB-first codes of 9 to 12 bits, Clear = 256, EOI = 257,
 * with TIFF's "early change" (the code width grows one code before the table fills).
 * Hand-written because the only Java TIFF LZW decoders on Maven Central are inside full image
 * I/O plugins (TwelveMonkeys) whose readers cannot stream single tiles; this one needs 4096-entry
 * tables and one 4 KB output buffer, whatever the input declares.
 */
final class LzwInputStream extends InputStream {

    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST_FREE = 258;
    private static final int MAX_CODES = 4096;

    private final InputStream in;
    private final int[] prefix = new int[MAX_CODES];
    private final byte[] suffix = new byte[MAX_CODES];
    private final byte[] first = new byte[MAX_CODES];
    private final int[] length = new int[MAX_CODES];
    private final byte[] out = new byte[MAX_CODES];
    private int outPos;
    private int outLimit;

    private int nextCode = FIRST_FREE;
    private int width = 9;
    private int previous = -1;
    private boolean ended;

    private int bitBuffer;
    private int bitCount;

    LzwInputStream(InputStream in) {
        this.in = in;
        for (int i = 0; i < 256; i++) {
            prefix[i] = -1;
            suffix[i] = (byte) i;
            first[i] = (byte) i;
            length[i] = 1;
        }
    }

    /** The next code, or -1 when the input ends (some encoders omit EOI). */
    private int readCode() throws IOException {
        while (bitCount < width) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            bitBuffer = (bitBuffer << 8) | b;
            bitCount += 8;
        }
        int code = (bitBuffer >>> (bitCount - width)) & ((1 << width) - 1);
        bitCount -= width;
        bitBuffer &= (1 << bitCount) - 1;
        return code;
    }

    /** Decodes codes until some output is pending; false at the end of the data. */
    private boolean decodeMore() throws IOException {
        while (!ended) {
            int code = readCode();
            if (code < 0 || code == EOI) {
                ended = true;
                return false;
            }
            if (code == CLEAR) {
                nextCode = FIRST_FREE;
                width = 9;
                previous = -1;
                continue;
            }
            if (previous < 0) {
                if (code >= 256) {
                    throw new CorruptDataException("LZW data starts with code " + code + " instead of a literal");
                }
                emit(code);
                previous = code;
                return true;
            }
            byte firstByte;
            if (code < nextCode) {
                firstByte = first[code];
                emit(code);
            } else if (code == nextCode) {
                firstByte = first[previous];
                emit(previous);
                out[outLimit++] = firstByte;
            } else {
                throw new CorruptDataException("LZW code " + code + " is beyond the table (next code " + nextCode + ")");
            }
            if (nextCode < MAX_CODES) {
                prefix[nextCode] = previous;
                suffix[nextCode] = firstByte;
                first[nextCode] = first[previous];
                length[nextCode] = length[previous] + 1;
                nextCode++;
                if (nextCode == (1 << width) - 1 && width < 12) {
                    width++;
                }
            }
            previous = code;
            return true;
        }
        return false;
    }

    /** Writes the string of {@code code} into the output buffer (it is at most 4096 bytes long). */
    private void emit(int code) {
        int len = length[code];
        outPos = 0;
        outLimit = len;
        int c = code;
        for (int i = len - 1; i >= 0; i--) {
            out[i] = suffix[c];
            c = prefix[c];
        }
    }

    @Override
    public int read() throws IOException {
        if (outPos >= outLimit && !decodeMore()) {
            return -1;
        }
        return out[outPos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int done = 0;
        while (done < len) {
            if (outPos >= outLimit && !decodeMore()) {
                break;
            }
            int n = Math.min(len - done, outLimit - outPos);
            System.arraycopy(out, outPos, b, off + done, n);
            outPos += n;
            done += n;
        }
        return done == 0 ? -1 : done;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
