package io.maskgate.zarr.chunk;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The stored (still encoded) bytes of one chunk, as fetched and before decoding: {@code bytes()[0, length())}.
 * A reusable holder: a fetch writes into {@link #writeView}, which grows the buffer only when a chunk is larger
 * than any before it, so a worker that keeps its holders allocates nothing once they have grown. Not thread-safe.
 */
public final class EncodedChunk implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    private transient byte[] bytes = EMPTY;
    private transient int length;
    /** False after {@link #wrap}: the array is the caller's and must not be written into. */
    private transient boolean owned = true;
    private transient ByteBuffer view;

    /** The stored bytes are {@code bytes()[0, length())}; the array may be longer. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    /**
     * Makes this hold {@code bytes[0, length)} without copying (an in-memory store, a task's input). The caller
     * must leave the array unchanged while this holds it; a later {@link #writeView} never writes into it.
     */
    public EncodedChunk wrap(byte[] bytes, int length) {
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length " + length + " of a " + bytes.length + "-byte array");
        }
        this.bytes = bytes;
        this.length = length;
        this.owned = false;
        this.view = null;
        return this;
    }

    /** As {@link #wrap(byte[], int)} with the whole array. */
    public EncodedChunk wrap(byte[] bytes) {
        return wrap(bytes, bytes.length);
    }

    /**
     * A buffer view of {@code size} bytes to read a chunk into (position 0, limit {@code size}); call
     * {@link #length(int)} with what was read. Grows by at least half when it grows, up to {@code maxCapacity},
     * so a run of slowly growing chunks does not reallocate every time.
     */
    public ByteBuffer writeView(int size, long maxCapacity) {
        if (size < 0 || size > maxCapacity) {
            throw new IllegalArgumentException("chunk of " + size + " bytes, at most " + maxCapacity + " expected");
        }
        if (!owned || bytes.length < size) {
            int cap = (int) Math.min(maxCapacity, Math.max((long) size, owned ? bytes.length + (bytes.length >> 1) : 0));
            bytes = new byte[cap];
            owned = true;
            view = null;
        }
        if (view == null) {
            view = ByteBuffer.wrap(bytes);
        }
        length = 0;
        view.clear().limit(size);
        return view;
    }

    /** Sets how many bytes of {@link #bytes()} hold the chunk (after a read into {@link #writeView}). */
    public void length(int length) {
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length " + length + " of a " + bytes.length + "-byte buffer");
        }
        this.length = length;
    }

    /** Bytes of heap this holder has taken (its buffer), for memory accounting. */
    public long capacity() {
        return owned ? bytes.length : 0;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        // Only the chunk's bytes travel, not the buffer's slack.
        out.defaultWriteObject();
        out.writeInt(length);
        out.write(bytes, 0, length);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.InvalidObjectException("negative chunk length " + n);
        }
        bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new java.io.EOFException("chunk of " + n + " bytes cut short at " + bytes.length);
        }
        length = n;
        owned = true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedChunk c && Arrays.equals(bytes, 0, length, c.bytes, 0, c.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < length; i++) {
            h = 31 * h + bytes[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "EncodedChunk[" + length + " bytes]";
    }
}
