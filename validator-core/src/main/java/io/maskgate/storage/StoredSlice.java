package io.maskgate.storage;

/**
 * A part of a stored value, as a ranged read gave it: {@code bytes} are the value's bytes from {@code offset} on,
 * {@code size} is the whole value's size. A server that ignores ranges answers with the whole value, which
 * {@link #whole()} tells.
 *
 * @param bytes  the bytes read, owned by the caller
 * @param offset where {@code bytes} start in the value
 * @param size   the whole value's size in bytes
 */
public record StoredSlice(byte[] bytes, long offset, long size) {

    public StoredSlice {
        if (offset < 0 || size < 0 || offset + bytes.length > size) {
            throw new IllegalArgumentException(bytes.length + " bytes at " + offset + " of a " + size + "-byte value");
        }
    }

    /** True when the slice holds the whole value. */
    public boolean whole() {
        return offset == 0 && bytes.length == size;
    }
}
