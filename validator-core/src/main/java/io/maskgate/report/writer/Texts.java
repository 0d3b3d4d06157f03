package io.maskgate.report.writer;

import io.maskgate.io.SafeText;

/** Small text helpers shared by the writers: making untrusted text safe for terminals and XML, truncating. */
final class Texts {

    private Texts() {
    }

    /**
     * Text safe to print on a terminal or in one cell: control characters (newlines and ESC included), bidi
     * overrides and other invisible format characters become visible escapes ({@link SafeText#escape}). Messages
     * quote names from the input.
     */
    static String printable(String s) {
        return SafeText.escape(s);
    }

    /** As {@link #printable} but keeping newlines: for the tool's own multi-line text (hints, summaries). */
    static String printableLines(String s) {
        return SafeText.escapeKeepingNewlines(s);
    }

    /**
     * Text that XML 1.0 can carry and a CI page shows as it is: what {@link SafeText#escapeKeepingNewlines} escapes
     * covers every character XML forbids (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates). XMLStreamWriter
     * escapes markup but writes such characters as they are, which would make the document unparseable.
     */
    static String xmlSafe(String s) {
        return SafeText.escapeKeepingNewlines(s);
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
