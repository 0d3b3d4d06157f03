package io.maskgate.io;

import java.util.Locale;

/**
 * Makes untrusted text (file names, keys, values quoted in messages) safe to show: characters that could break a
 * line- or cell-based format, drive a terminal (ESC sequences), hide or reorder text (bidi overrides, zero-width
 * characters) or make XML invalid become visible escapes: {@code \n}, {@code \r}, {@code \t}, {@code \x1b} for
 * the other C0 and C1 controls and DEL, {@code \u202e} for format characters, non-characters and unpaired
 * surrogates. Every report writer uses it; backslashes are left as they are.
 */
public final class SafeText {

    private SafeText() {
    }

    /** {@code s} with every unsafe character escaped, newlines included: one line, one cell. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** {@code s} with every unsafe character escaped except {@code \n}: for multi-line text of the tool's own. */
    public static String escapeKeepingNewlines(String s) {
        return escape(s, true);
    }

    /** Whether the character at {@code i} of {@code s} would be escaped (a newline counts). */
    public static boolean isUnsafeAt(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return isInvisibleFormat(c);
    }

    /**
     * Bidi controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), zero-width and invisible characters
     * (U+200B–U+200D, U+2060–U+2064, U+FEFF), line and paragraph separators, interlinear annotations and the
     * non-characters U+FFFE/U+FFFF: they change how the text around them reads without being visible.
     */
    private static boolean isInvisibleFormat(char c) {
        return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)
                || c == 0xFFFE || c == 0xFFFF;
    }

    private static String escape(String s, boolean keepNewlines) {
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (isUnsafeAt(s, i) && !(keepNewlines && s.charAt(i) == '\n')) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (!isUnsafeAt(s, i) || (keepNewlines && c == '\n')) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x100) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }
}
