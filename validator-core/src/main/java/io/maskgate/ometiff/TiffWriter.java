package io.maskgate.ometiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The container layer of the writer: appends data blocks and IFDs to a classic TIFF or BigTIFF in
 * either byte order and links main-chain IFDs. It knows nothing about images; {@link OmeTiffWriter}
 * builds on it, and tests use it to craft small (also deliberately broken) TIFFs.
 */
public final class TiffWriter {

    /** One IFD entry: integer values, or raw bytes for ASCII / BYTE / UNDEFINED fields. */
    public record Entry(int tag, int type, long[] values, byte[] bytes) {

        public static Entry ints(int tag, int type, long... values) {
            return new Entry(tag, type, values, null);
        }

        public static Entry bytes(int tag, int type, byte[] bytes) {
            return new Entry(tag, type, null, bytes);
        }

        /** ASCII text with the NUL terminator TIFF requires. */
        public static Entry ascii(int tag, byte[] utf8) {
            byte[] b = new byte[utf8.length + 1];
            System.arraycopy(utf8, 0, b, 0, utf8.length);
            return new Entry(tag, TiffTags.ASCII, null, b);
        }

        long count() {
            return values != null ? values.length : bytes.length;
        }
    }

    private final FileChannel channel;
    private final boolean bigTiff;
    private final ByteOrder order;
    private long position;
    /** Where the pointer to the next main-chain IFD goes (the header's first-IFD field at first). */
    private long nextPointerPosition;

    /** Starts a new file on {@code channel} (which must be empty) by writing the header. */
    public TiffWriter(FileChannel channel, boolean bigTiff, ByteOrder order) throws IOException {
        this.channel = channel;
        this.bigTiff = bigTiff;
        this.order = order;
        ByteBuffer h = ByteBuffer.allocate(bigTiff ? 16 : 8).order(order);
        h.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        h.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        if (bigTiff) {
            h.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(0);
            nextPointerPosition = 8;
        } else {
            h.putShort((short) 42).putInt(0);
            nextPointerPosition = 4;
        }
        h.flip();
        writeFully(h, 0);
        position = h.capacity();
    }

    public boolean bigTiff() {
        return bigTiff;
    }

    public ByteOrder order() {
        return order;
    }

    /** The end of the file written so far. */
    public long position() {
        return position;
    }

    /** Appends {@code data[off, off+len)} (word-aligned) and returns its offset. */
    public long append(byte[] data, int off, int len) throws IOException {
        align();
        long at = position;
        writeFully(ByteBuffer.wrap(data, off, len), at);
        position += len;
        return at;
    }

    /** Overwrites bytes at {@code at} (for tests that break a file on purpose). */
    public void writeAt(long at, byte[] data) throws IOException {
        writeFully(ByteBuffer.wrap(data), at);
        position = Math.max(position, at + data.length);
    }

    private void align() throws IOException {
        if ((position & 1) != 0) {
            writeFully(ByteBuffer.wrap(new byte[1]), position);
            position++;
        }
    }

    /** Writes an IFD (entries sorted by tag, next pointer 0) with its out-of-line values; returns its offset. */
    public long writeDirectory(List<Entry> entries) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::tag));
        int inline = bigTiff ? 8 : 4;
        // Out-of-line values first, so the IFD itself can be written in one piece.
        long[] valueOffsets = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            byte[] v = encode(e);
            if (v.length > inline) {
                valueOffsets[i] = append(v, 0, v.length);
            } else {
                valueOffsets[i] = -1;
            }
        }
        align();
        int entrySize = bigTiff ? 20 : 12;
        ByteBuffer b = ByteBuffer.allocate((bigTiff ? 8 : 2) + sorted.size() * entrySize + (bigTiff ? 8 : 4)).order(order);
        if (bigTiff) {
            b.putLong(sorted.size());
        } else {
            b.putShort((short) sorted.size());
        }
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            b.putShort((short) e.tag()).putShort((short) e.type());
            if (bigTiff) {
                b.putLong(e.count());
            } else {
                b.putInt((int) e.count());
            }
            if (valueOffsets[i] >= 0) {
                if (bigTiff) {
                    b.putLong(valueOffsets[i]);
                } else {
                    b.putInt((int) valueOffsets[i]);
                }
            } else {
                byte[] v = encode(e);
                byte[] field = new byte[inline];
                System.arraycopy(v, 0, field, 0, v.length);
                b.put(field);
            }
        }
        if (bigTiff) {
            b.putLong(0);
        } else {
            b.putInt(0);
        }
        b.flip();
        long at = position;
        writeFully(b, at);
        position += b.capacity();
        lastDirectoryNextPointer = at + b.capacity() - (bigTiff ? 8 : 4);
        return at;
    }

    private long lastDirectoryNextPointer;

    /** Links {@code ifdOffset} into the main chain: the header or the previous chained IFD points to it. */
    public void chain(long ifdOffset, long ownNextPointer) throws IOException {
        writePointer(nextPointerPosition, ifdOffset);
        nextPointerPosition = ownNextPointer;
    }

    /** Links the directory written last into the main chain. */
    public void chainLast(long ifdOffset) throws IOException {
        chain(ifdOffset, lastDirectoryNextPointer);
    }

    /** Writes an offset-sized pointer at {@code at}. */
    public void writePointer(long at, long value) throws IOException {
        ByteBuffer p = ByteBuffer.allocate(bigTiff ? 8 : 4).order(order);
        if (bigTiff) {
            p.putLong(value);
        } else {
            p.putInt((int) value);
        }
        p.flip();
        writeFully(p, at);
    }

    private byte[] encode(Entry e) {
        if (e.bytes() != null) {
            return e.bytes();
        }
        int size = TiffTags.typeSize(e.type());
        ByteBuffer b = ByteBuffer.allocate(e.values().length * size).order(order);
        for (long v : e.values()) {
            switch (size) {
                case 1 -> b.put((byte) v);
                case 2 -> b.putShort((short) v);
                case 4 -> b.putInt((int) v);
                default -> b.putLong(v);
            }
        }
        return b.array();
    }

    private void writeFully(ByteBuffer b, long at) throws IOException {
        long pos = at;
        while (b.hasRemaining()) {
            pos += channel.write(b, pos);
        }
    }
}
