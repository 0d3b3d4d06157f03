package io.maskgate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bytes of a validation target, addressed by key: a local folder today, an HTTP or S3 store later.
 *
 * <p>Keys are relative, {@code /}-separated paths ({@code data/c/0/3/0/0/0}); {@code ""} is the root itself. A
 * key that could reach outside the storage ({@code ..}, a leading {@code /}) is refused with an
 * {@link IllegalArgumentException} (see {@link Keys#check}).
 *
 * <p>Failures are the JDK's file-system exceptions whatever the backend, so that readers can tell them apart
 * and word their findings: {@link NoSuchFileException} (absent), {@link java.nio.file.AccessDeniedException}
 * (permission denied), another {@link java.nio.file.FileSystemException} with a reason (e.g. the key is a
 * folder), any other {@link IOException}. Implementations are thread-safe.
 */
public interface Storage {

    /** Names the storage in messages: the folder's path, a URI. */
    String name();

    /** What is at {@code key}; never throws for unreadable keys (they are {@link KeyKind#ABSENT}). */
    KeyKind kind(String key);

    /** The size of the value at {@code key} in bytes. */
    long size(String key) throws IOException;

    /**
     * Opens the value at {@code key} for positional reads into the caller's buffers, or empty when nothing is
     * stored there. The fast path of chunk reading: no data is copied or allocated by the storage.
     */
    Optional<StoredObject> open(String key) throws IOException;

    /** A stream of the value at {@code key}, for documents read once from the start. */
    InputStream newInputStream(String key) throws IOException;

    /**
     * Lists every key under the folder {@code prefix} ({@code ""} for all), relative to this storage, in
     * {@link String#compareTo} order of the keys. Only values are keys: folders are not listed themselves, and
     * links are listed, never followed. An absent prefix lists nothing.
     */
    void list(String prefix, KeyVisitor visitor) throws IOException;

    /** The storage of the keys under the folder {@code prefix}: {@code at("data").open("c/0")} opens {@code data/c/0}. */
    Storage at(String prefix);

    /**
     * Why {@link #list} cannot enumerate this storage (plain HTTP has no listing), or empty when it can. Readers
     * that need a listing (the stray-key check) report that they skipped it and why.
     */
    default Optional<String> listingUnavailable() {
        return Optional.empty();
    }

    /**
     * How many reads a reader should keep in flight when it fetches ahead: 0 (local storage) to read on demand,
     * more for remote stores, where latency rather than bandwidth limits one read at a time.
     */
    default int readAhead() {
        return 0;
    }

    /**
     * True when a reader that needs only parts of a value should read those parts by range (remote stores: bytes
     * cost transfer time), false when it may as well read the value whole (local files).
     */
    default boolean rangedReads() {
        return false;
    }

    /**
     * The first ({@code fromEnd} false) or last {@code length} bytes of the value at {@code key}, with the value's
     * size, or empty when nothing is stored there: one ranged request on a remote store (a suffix range for the end).
     * A value shorter than {@code length} is given whole, and so is every value of a server that ignores ranges.
     */
    default Optional<StoredSlice> readSlice(String key, int length, boolean fromEnd) throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        Optional<StoredObject> opened = open(key);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (StoredObject object = opened.get()) {
            long size = object.size();
            long offset = fromEnd ? Math.max(0, size - length) : 0;
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(length, size - offset));
            readFully(object, offset, buf);
            byte[] bytes = buf.hasRemaining() ? Arrays.copyOf(buf.array(), buf.position()) : buf.array();
            return Optional.of(new StoredSlice(bytes, offset, Math.max(size, offset + bytes.length)));
        }
    }

    /** Requests and bytes this storage has transferred, for progress; empty when it reads local files. */
    default Optional<TransferCounter> transfers() {
        return Optional.empty();
    }

    /** The whole value at {@code key}, or empty when nothing is stored there. */
    default Optional<byte[]> read(String key) throws IOException {
        Optional<StoredObject> opened = open(key);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (StoredObject object = opened.get()) {
            long size = object.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException(key + " has " + size + " bytes, too many to read at once");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            readFully(object, 0, buf);
            byte[] bytes = buf.array();
            // The value may have shrunk while it was read.
            return Optional.of(buf.hasRemaining() ? Arrays.copyOf(bytes, buf.position()) : bytes);
        }
    }

    /**
     * Reads the range of the value at {@code key} that starts at {@code offset} into {@code dst} (from its position
     * up to its limit), stopping early at the end of the value.
     *
     * @return the number of bytes read
     * @throws NoSuchFileException when nothing is stored at {@code key}
     */
    default int read(String key, long offset, ByteBuffer dst) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        Optional<StoredObject> opened = open(key);
        if (opened.isEmpty()) {
            throw new NoSuchFileException(Keys.join(name(), key));
        }
        try (StoredObject object = opened.get()) {
            return readFully(object, offset, dst);
        }
    }

    /** Reads from {@code offset} until {@code dst} is full or the value ends; returns the bytes read. */
    static int readFully(StoredObject object, long offset, ByteBuffer dst) throws IOException {
        int start = dst.position();
        while (dst.hasRemaining()) {
            if (object.read(dst, offset + dst.position() - start) < 0) {
                break;
            }
        }
        return dst.position() - start;
    }
}
