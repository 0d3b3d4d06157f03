package io.maskgate.report.writer;

/** Small text helpers shared by the writers: making untrusted text safe for terminals and XML, truncating. */
final class Texts {

    private Texts() {
    }

    /**
     * Text safe to print on a terminal: control characters other than tab and newline (ESC in particular, which
     * could drive the terminal) become visible {@code \\uXXXX} escapes. Messages may quote names from the input.
     */
    static String printable(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isControl(c) && c != '\n' && c != '\t') {
                return escapeFrom(s, i, false);
            }
        }
        return s;
    }

    /**
     * Text that XML 1.0 can carry: characters it forbids (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates)
     * become visible {@code \\uXXXX} escapes. XMLStreamWriter escapes markup but writes such characters as they are,
     * which would make the document unparseable.
     */
    static String xmlSafe(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!xmlAllowedAt(s, i)) {
                return escapeFrom(s, i, true);
            }
        }
        return s;
    }

    private static String escapeFrom(String s, int first, boolean xml) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
        int n = s.length();
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            boolean bad = xml ? !xmlAllowedAt(s, i) : isControl(c) && c != '\n' && c != '\t';
            if (bad) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c < 0xA0);
    }

    private static boolean xmlAllowedAt(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }

    /**
     * {@code s} cut to at most {@code max} characters, ending with a visible marker that says how long it was;
     * never splits a surrogate pair.
     */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        String marker = " … [truncated: " + s.length() + " characters in total]";
        int keep = Math.max(0, max - marker.length());
        if (keep > 0 && Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--;
        }
        return s.substring(0, keep) + marker;
    }

    /** "1 error", "2 errors". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
