package io.maskgate.validation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses sizes such as {@code 16777216}, {@code 64MiB} or {@code 2g} (binary units) for size options. */
public final class ByteSize {

    /** How findings name the option that raises the document size limit, for both front ends. */
    public static final String MAX_DOCUMENT_OPTION = "--max-document-size (Maven plugin: maxDocumentSize)";

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");

    private ByteSize() {
    }

    /**
     * The number of bytes {@code text} states.
     *
     * @throws InvalidOptionException naming {@code option} when the text is not a size or overflows
     */
    public static long parse(String option, String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidOptionException(option, "must be a size in bytes, optionally with KiB, MiB or GiB (e.g. 64MiB), was '"
                    + text + "'");
        }
        int shift = switch (m.group(2).isEmpty() ? 'b' : m.group(2).charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        try {
            long n = Long.parseLong(m.group(1));
            if (n > (Long.MAX_VALUE >> shift)) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new InvalidOptionException(option, "is too large, was '" + text + "'");
        }
    }

    /** {@code bytes} for people: {@code 16 MiB}, {@code 1.5 GiB}, {@code 512 bytes}. */
    public static String describe(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String n = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
        return n + " " + units[u];
    }
}
