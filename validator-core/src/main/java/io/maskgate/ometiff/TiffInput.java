package io.maskgate.ometiff;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Bounds-checked positional reads from a TIFF file. Every read is checked against the file size
 * first, so a declared offset or length can never make the reader allocate or seek beyond the file.
 * Positional reads on a {@link FileChannel} are thread-safe.
 */
final class TiffInput {

    private final FileChannel channel;
    private final long size;
    private final ByteOrder order;

    TiffInput(FileChannel channel, long size, ByteOrder order) {
        this.channel = channel;
        this.size = size;
        this.order = order;
    }

    long size() {
        return size;
    }

    ByteOrder order() {
        return order;
    }

    /** True if {@code [offset, offset + length)} lies inside the file. */
    boolean inside(long offset, long length) {
        return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
    }

    /** Reads exactly {@code length} bytes at {@code offset}; the caller has checked the range and bounded length. */
    ByteBuffer read(long offset, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(order);
        long pos = offset;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos);
            if (n < 0) {
                throw new EOFException("file ended at " + pos + " while reading " + length + " bytes at offset " + offset);
            }
            pos += n;
        }
        buf.flip();
        return buf;
    }

    /** A stream over {@code [offset, offset + length)}; the caller has checked the range. */
    InputStream stream(long offset, long length) {
        return new RangeStream(offset, length);
    }

    /** Streams a byte range through a small reused buffer, so a huge strip is never read whole. */
    private final class RangeStream extends InputStream {
        private final ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        private long position;
        private long remaining;

        RangeStream(long offset, long length) {
            this.position = offset;
            this.remaining = length;
            buffer.limit(0);
        }

        private boolean fill() throws IOException {
            if (buffer.hasRemaining()) {
                return true;
            }
            if (remaining == 0) {
                return false;
            }
            buffer.clear();
            if (remaining < buffer.capacity()) {
                buffer.limit((int) remaining);
            }
            int n = channel.read(buffer, position);
            buffer.flip();
            if (n <= 0) {
                throw new EOFException("file ended at offset " + position);
            }
            position += n;
            remaining -= n;
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? buffer.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.remaining());
            buffer.get(b, off, n);
            return n;
        }

        @Override
        public int available() {
            return buffer.remaining();
        }
    }
}
