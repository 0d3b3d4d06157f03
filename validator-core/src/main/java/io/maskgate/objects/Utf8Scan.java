package io.maskgate.objects;

import io.maskgate.io.InputBoundary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Locates the first invalid UTF-8 byte sequence of a file, as a 1-based line number. */
final class Utf8Scan {

    private Utf8Scan() {
    }

    /**
     * The line of the first malformed sequence: line breaks are counted as {@code 0x0A} bytes, which
     * never occur inside a UTF-8 multi-byte sequence. Returns the last line when none is found.
     */
    static long firstMalformedLine(InputBoundary inputs, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream s = inputs.newInputStream(file)) {
            boolean eof = false;
            while (true) {
                int n = eof ? -1 : s.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                int start = in.position();
                CoderResult r = decoder.decode(in, out, eof);
                for (int i = start; i < in.position(); i++) {
                    if (in.get(i) == '\n') {
                        line++;
                    }
                }
                if (r.isError()) {
                    return line;
                }
                out.clear();
                in.compact();
                if (eof && in.position() == 0) {
                    return line;
                }
            }
        } catch (IOException e) {
            return line;
        }
    }
}
