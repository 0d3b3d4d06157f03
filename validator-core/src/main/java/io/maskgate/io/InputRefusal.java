package io.maskgate.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why an input path was not opened. The message never shows more of an outside target than the link text the
 * user's own files hold, so a report cannot leak what lies outside the boundary.
 *
 * @param reason   what is wrong
 * @param path     the path as it was asked for (under the target)
 * @param linkText the text of the symbolic link at {@code path}, or null when {@code path} is not a link
 * @param detail   what the path resolves to, relative to the boundary when inside it, or a description
 */
public record InputRefusal(Reason reason, Path path, String linkText, String detail) {

    /** What is wrong with a path. */
    public enum Reason {
        /** A symbolic link (or a folder on the way) resolves outside the boundary. */
        SYMLINK_OUTSIDE,
        /** A symbolic link whose target does not exist. */
        SYMLINK_DANGLING,
        /** Symbolic links that lead back to themselves, or a folder link back to a folder being walked. */
        SYMLINK_LOOP,
        /** A named pipe, socket or device: never opened, so a read cannot block or never end. */
        NOT_REGULAR
    }

    public InputRefusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
    }

    /** One phrase for messages, e.g. {@code a symbolic link to '../../etc/passwd', which resolves outside the input boundary}. */
    public String describe() {
        String link = linkText == null ? "" : "a symbolic link to '" + linkText + "', ";
        return switch (reason) {
            case SYMLINK_OUTSIDE -> (linkText == null ? "reached through a symbolic link: it " : link + "which ")
                    + "resolves outside the input boundary";
            case SYMLINK_DANGLING -> link + "whose target does not exist" + (detail.isEmpty() ? "" : " (" + detail + ")");
            case SYMLINK_LOOP -> (linkText == null ? "" : link) + detail;
            case NOT_REGULAR -> detail + ", not a regular file";
        };
    }
}
