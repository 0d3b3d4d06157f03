package io.maskgate.findings;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Buffered binary output to a file with variable-length integers. Hand-written rather than a
 * {@code DataOutputStream} because that has no varints and goes through a synchronized buffered stream per byte.
 */
final class RecordOutput implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final FileChannel channel;
    private final byte[] buf = new byte[BUFFER];
    private final ByteBuffer view = ByteBuffer.wrap(buf);
    private int pos;
    private long flushed;

    RecordOutput(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Bytes written so far, buffered ones included: the offset of the next record. */
    long position() {
        return flushed + pos;
    }

    void writeByte(int b) throws IOException {
        if (pos == BUFFER) {
            flush();
        }
        buf[pos++] = (byte) b;
    }

    /** Unsigned LEB128. */
    void writeVarLong(long v) throws IOException {
        if (BUFFER - pos < 10) {
            flush();
        }
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    void writeVarInt(int v) throws IOException {
        writeVarLong(v & 0xFFFFFFFFL);
    }

    /** Zig-zag, so small negative values stay short. */
    void writeSignedLong(long v) throws IOException {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    void writeString(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(bytes.length);
        writeBytes(bytes);
    }

    private void writeBytes(byte[] bytes) throws IOException {
        int off = 0;
        while (off < bytes.length) {
            if (pos == BUFFER) {
                flush();
            }
            int n = Math.min(bytes.length - off, BUFFER - pos);
            System.arraycopy(bytes, off, buf, pos, n);
            pos += n;
            off += n;
        }
    }

    private void flush() throws IOException {
        view.clear().limit(pos);
        while (view.hasRemaining()) {
            channel.write(view);
        }
        flushed += pos;
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
        }
    }
}
