package io.maskgate.storage;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/** One opened value of a {@link Storage}, read by position. Not thread-safe; close it. */
public interface StoredObject extends Closeable {

    /** Its size in bytes. */
    long size() throws IOException;

    /**
     * Reads bytes starting at {@code position} into {@code dst} (from its position up to its limit), as
     * {@link java.nio.channels.FileChannel#read(ByteBuffer, long)} does.
     *
     * @return the number of bytes read, possibly fewer than asked; -1 when {@code position} is at or past the end
     */
    int read(ByteBuffer dst, long position) throws IOException;

    /**
     * The whole value as one array that nothing else holds or writes (a remote response body), or null. A reader
     * may keep this array instead of copying it, so the value is held once.
     */
    default byte[] ownedBytes() {
        return null;
    }
}
