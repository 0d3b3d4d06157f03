package io.maskgate.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@link InputBoundary#check} found at a path, decided without opening it.
 *
 * @param kind    what the path is
 * @param path    the path as asked for
 * @param real    its real path (links resolved) when {@code kind} is FILE or DIRECTORY, else null
 * @param refusal why it is refused when {@code kind} is REFUSED, else null
 * @param failure the error that kept it from being examined when {@code kind} is UNREADABLE, else null
 */
public record InputCheck(Kind kind, Path path, Path real, InputRefusal refusal, IOException failure) {

    /** What a path is, as far as reading input goes. */
    public enum Kind {
        /** A regular file inside the boundary: it may be opened. */
        FILE,
        /** A folder inside the boundary: it may be listed. */
        DIRECTORY,
        /** Nothing is there (and no link claims to be there). */
        ABSENT,
        /** A link that leaves the boundary, dangles or loops, or a pipe, socket or device. */
        REFUSED,
        /** The path could not be examined (permissions, I/O error). */
        UNREADABLE
    }

    static InputCheck of(Kind kind, Path path, Path real) {
        return new InputCheck(kind, path, real, null, null);
    }

    static InputCheck refused(InputRefusal refusal) {
        return new InputCheck(Kind.REFUSED, refusal.path(), null, refusal, null);
    }

    static InputCheck unreadable(Path path, IOException failure) {
        return new InputCheck(Kind.UNREADABLE, path, null, null, failure);
    }
}
