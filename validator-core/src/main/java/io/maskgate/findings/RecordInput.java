package io.maskgate.findings;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Buffered reading of what {@link RecordOutput} wrote, with positional reads: several readers share one open
 * channel without sharing its position, and an abandoned reader holds no file handle.
 */
final class RecordInput {

    private static final int BUFFER = 1 << 16;

    private final FileChannel channel;
    private final long end;
    private byte[] buf = new byte[BUFFER];
    private long filePos;
    private int pos;
    private int limit;

    /** Reads {@code channel} from {@code start} up to {@code end} (exclusive). */
    RecordInput(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.filePos = start;
        this.end = end;
    }

    int readByte() throws IOException {
        if (pos == limit) {
            fill(1);
        }
        return buf[pos++] & 0xFF;
    }

    long readVarLong() throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("corrupt finding file: varint longer than 64 bits");
    }

    int readVarInt() throws IOException {
        long v = readVarLong();
        if (v > 0xFFFFFFFFL) {
            throw new IOException("corrupt finding file: varint " + v + " exceeds 32 bits");
        }
        return (int) v;
    }

    long readSignedLong() throws IOException {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    int readSignedInt() throws IOException {
        return (int) readSignedLong();
    }

    String readString() throws IOException {
        int len = readVarInt();
        if (len < 0 || len > end) {
            throw new IOException("corrupt finding file: string of " + (len & 0xFFFFFFFFL) + " bytes");
        }
        if (limit - pos < len) {
            fill(len);
        }
        String s = new String(buf, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    /** Makes at least {@code need} bytes available, growing the buffer for a long string. */
    private void fill(int need) throws IOException {
        int remaining = limit - pos;
        if (need > buf.length) {
            byte[] bigger = new byte[Math.max(need, buf.length * 2)];
            System.arraycopy(buf, pos, bigger, 0, remaining);
            buf = bigger;
        } else {
            System.arraycopy(buf, pos, buf, 0, remaining);
        }
        pos = 0;
        limit = remaining;
        ByteBuffer view = ByteBuffer.wrap(buf);
        while (limit < need) {
            long left = end - filePos;
            if (left <= 0) {
                throw new EOFException("finding file ends inside a record");
            }
            view.limit((int) Math.min(buf.length, limit + left)).position(limit);
            int n = channel.read(view, filePos);
            if (n < 0) {
                throw new EOFException("finding file ends inside a record");
            }
            filePos += n;
            limit += n;
        }
    }
}
