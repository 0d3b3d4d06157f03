package io.maskgate.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a document whole, but never more than a limit: the size is checked before reading and the
 * read itself stops one byte past the limit, because a file can grow while it is read and devices or
 * {@code /proc} files report a size of 0.
 */
public final class BoundedRead {

    /** Largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    private BoundedRead() {
    }

    /** The bytes of {@code file}, or null when it holds more than {@code maxBytes} (then it was not read). */
    public static byte[] readAtMost(Path file, long maxBytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, maxBytes);
        }
    }

    /** The bytes of {@code in}, or null when it holds more than {@code maxBytes}; reads at most {@code maxBytes + 1}. */
    public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        long limit = Math.min(maxBytes, MAX_ARRAY - 1);
        byte[] buf = new byte[(int) Math.min(limit + 1, 1 << 16)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > limit) {
                    return null;
                }
                buf = Arrays.copyOf(buf, (int) Math.min(limit + 1, 2L * buf.length));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return n == buf.length ? buf : Arrays.copyOf(buf, n);
            }
            n += r;
        }
    }
}
