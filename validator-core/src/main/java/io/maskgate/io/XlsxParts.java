package io.maskgate.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Fixes to POI's package parts as they are copied: POI writes every number as a Java double ({@code <v>50.0</v>},
 * {@code <v>1.2E7</v>}), which readers such as openpyxl take for floats, and leaves the default cell style out of
 * {@code styles.xml}, about which openpyxl warns; and zip entries carry the time of writing.
 */
public final class XlsxParts {

    /** Longest cell value text rewritten; longer ones are copied as they are. */
    private static final int MAX_VALUE_CHARS = 40;
    private static final byte[] OPEN_VALUE = "<v>".getBytes(StandardCharsets.US_ASCII);
    /** Numbers below this magnitude are integers exactly when they have no fraction. */
    private static final double EXACT_LIMIT = 0x1p53;
    private static final String DEFAULT_STYLE =
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";

    private XlsxParts() {
    }

    /**
     * Copies the XLSX file {@code xlsx} (as POI wrote it) to {@code out} with every entry stamped {@code time} (in
     * local date-time form, so the bytes do not depend on the time zone either), integral numbers written as
     * integers and the default cell style added. {@code out} is left open.
     */
    public static void copyReproducibly(Path xlsx, OutputStream out, LocalDateTime time) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller owns the stream
            }
        });
        // ZipFile reads the central directory; ZipInputStream trips over POI's data-descriptor entries.
        try (ZipFile zin = new ZipFile(xlsx.toFile())) {
            for (var it = zin.entries(); it.hasMoreElements(); ) {
                ZipEntry e = it.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                try (InputStream in = zin.getInputStream(e)) {
                    if (e.getName().equals("xl/styles.xml")) {
                        zip.write(withDefaultStyle(in.readAllBytes()));
                    } else if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                        copyWorksheet(in, zip);
                    } else {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** Copies a worksheet part, writing integral numbers as integers ({@code 50}, {@code 12000000}). */
    public static void copyWorksheet(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[1 << 16];
        Sink sink = new Sink(out);
        byte[] value = new byte[MAX_VALUE_CHARS];
        int matched = 0; // bytes of "<v>" matched so far
        int valueLength = -1; // >= 0 while inside <v>…
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (valueLength >= 0) {
                    if (b == '<') {
                        sink.write(integral(value, valueLength));
                        valueLength = -1;
                    } else if (valueLength == MAX_VALUE_CHARS) {
                        sink.write(value, valueLength);
                        valueLength = -1;
                    } else {
                        value[valueLength++] = b;
                        continue;
                    }
                }
                sink.write(b);
                if (b == OPEN_VALUE[matched]) {
                    matched++;
                    if (matched == OPEN_VALUE.length) {
                        valueLength = 0;
                        matched = 0;
                    }
                } else {
                    matched = b == '<' ? 1 : 0;
                }
            }
        }
        if (valueLength > 0) {
            sink.write(value, valueLength);
        }
        sink.flush();
    }

    /** An unsynchronised output buffer: the copy writes byte by byte. */
    private static final class Sink {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int size;

        Sink(OutputStream out) {
            this.out = out;
        }

        void write(byte b) throws IOException {
            if (size == buf.length) {
                flush();
            }
            buf[size++] = b;
        }

        void write(byte[] bytes) throws IOException {
            write(bytes, bytes.length);
        }

        void write(byte[] bytes, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                write(bytes[i]);
            }
        }

        void flush() throws IOException {
            out.write(buf, 0, size);
            size = 0;
        }
    }

    /** The value's text, as an integer when it is an integral number a double holds exactly. */
    public static byte[] integral(byte[] value, int length) {
        String text = new String(value, 0, length, StandardCharsets.US_ASCII);
        if (text.indexOf('.') < 0 && text.indexOf('E') < 0) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            double d = Double.parseDouble(text);
            if (d == Math.rint(d) && Math.abs(d) < EXACT_LIMIT) {
                return Long.toString((long) d).getBytes(StandardCharsets.US_ASCII);
            }
        } catch (NumberFormatException e) {
            // not a number (a cached formula string, say): copied as it is
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code styles.xml} with the built-in "Normal" cell style that Excel writes and readers expect. */
    public static byte[] withDefaultStyle(byte[] styles) {
        String xml = new String(styles, StandardCharsets.UTF_8);
        int at = xml.indexOf("</cellXfs>");
        if (xml.contains("<cellStyles") || at < 0) {
            return styles;
        }
        at += "</cellXfs>".length();
        return (xml.substring(0, at) + DEFAULT_STYLE + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
}
