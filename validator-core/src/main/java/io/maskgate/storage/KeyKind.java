package io.maskgate.storage;

/** What a key names in a {@link Storage}, links followed. */
public enum KeyKind {
    /** Nothing is stored at the key. */
    ABSENT,
    /** The key is a link whose target is missing (local folders only); nothing can be read there. */
    BROKEN_LINK,
    /** A value that can be read: a regular file, an object. */
    FILE,
    /** A folder: keys are stored under it ({@code key/...}). */
    DIRECTORY,
    /** Something else (a device, a socket, a named pipe). */
    OTHER;

    /** True when something is at the key (a file, a folder or other), false when absent or a broken link. */
    public boolean exists() {
        return this == FILE || this == DIRECTORY || this == OTHER;
    }
}
