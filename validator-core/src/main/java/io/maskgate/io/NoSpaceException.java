package io.maskgate.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write that failed because the disk, the quota or the process's file size limit ({@code ulimit -f}, EFBIG) is
 * full, naming the file: the JDK's own message ("No space left on device") names none.
 */
public final class NoSpaceException extends IOException {

    private static final long serialVersionUID = 1L;

    private NoSpaceException(String message, IOException cause) {
        super(message, cause);
    }

    /** {@code e} as a NoSpaceException naming {@code file} when it is one of the "full" errors, else {@code e}. */
    public static IOException naming(Path file, IOException e) {
        if (e instanceof NoSpaceException) {
            return e;
        }
        String what = reason(e);
        return what == null ? e : new NoSpaceException(what + " writing " + file, e);
    }

    /**
     * "no space left on device", "disk quota exceeded" or "file too large for the file size limit (ulimit -f)"
     * when {@code e} or one of its causes is such a failure (a library unpacking a native library into a full
     * temporary folder fails this way too), else null.
     */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device")) {
                return "no space left on device";
            }
            if (m.contains("Disk quota exceeded")) {
                return "disk quota exceeded";
            }
            if (m.contains("File too large")) {
                return "file too large for the file size limit (ulimit -f)";
            }
        }
        return null;
    }
}
