package io.maskgate.objects;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts lines and refuses lines longer than a limit, so that a file without line breaks cannot
 * make the CSV parser buffer it whole (commons-csv has no field-length limit). Skips a leading
 * UTF-8 byte-order mark, as Excel writes one into "UTF-8 CSV" files.
 */
final class BoundedLineReader extends FilterReader {

    /** Thrown when a line exceeds the limit. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        LineTooLongException(long line, long limit) {
            super("line " + line + " is longer than " + limit + " characters");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final long maxLineChars;
    private long line = 1;
    private long lineChars;
    private boolean started;

    BoundedLineReader(Reader in, long maxLineChars) {
        super(in);
        this.maxLineChars = maxLineChars;
    }

    /** 1-based number of the line the next character belongs to. */
    long line() {
        return line;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n <= 0) {
            return n;
        }
        if (!started) {
            started = true;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
                if (n == 0) {
                    return read(buf, off, len);
                }
            }
        }
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
                line++;
                lineChars = 0;
            } else if (++lineChars > maxLineChars) {
                throw new LineTooLongException(line, maxLineChars);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] tmp = new char[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(tmp, 0, (int) Math.min(tmp.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
