package io.maskgate.report.writer;

import io.maskgate.io.SafeText;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** A writer of HTML text: every piece of report text goes through {@link #text} or {@link #escape}. */
final class Html {

    private final Writer out;

    Html(Writer out) {
        this.out = out;
    }

    /** Markup written as it is: only literals of the writer, never report text. */
    Html raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /** Escaped text content. */
    Html text(String s) throws IOException {
        out.write(escape(s));
        return this;
    }

    /** {@code <tag>text</tag>}, the text escaped. */
    Html element(String tag, String text) throws IOException {
        return raw("<" + tag + ">").text(text).raw("</" + tag + ">");
    }

    /** A number with thousands separators. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Text safe in HTML content and quoted attributes; control characters, bidi overrides and unpaired surrogates
     * become visible escapes ({@link SafeText}): they could otherwise hide or reorder text.
     */
    static String escape(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> replacement(s, i, c);
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(n + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String replacement(String s, int i, char c) {
        // A newline is white space in HTML; everything else SafeText escapes would hide or reorder text.
        return c != '\n' && SafeText.isUnsafeAt(s, i) ? SafeText.escape(String.valueOf(c)) : null;
    }
}
