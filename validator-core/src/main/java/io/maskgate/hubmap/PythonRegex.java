package io.maskgate.hubmap;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a regular expression written for Python's {@code re} (as HuBMAP publishes its schemas)
 * into a {@link java.util.regex.Pattern} that behaves the same under a full match.
 *
 * <p>The differences handled, explicitly:
 * <ul>
 *   <li>{@code .}: Python excludes only {@code \n}; Java also excludes {@code \r}, U+0085, U+2028 and
 *       U+2029 unless {@link Pattern#UNIX_LINES} is set — so it is set.</li>
 *   <li>{@code \w}, {@code \d}, {@code \s}: Unicode-aware in Python 3 for str patterns; ASCII in Java
 *       unless {@link Pattern#UNICODE_CHARACTER_CLASS} is set — so it is set.</li>
 *   <li>Named groups {@code (?P<name>...)} and back references {@code (?P=name)} become
 *       {@code (?<name>...)} and {@code \k<name>}; Python's {@code \Z} (absolute end) becomes
 *       Java's {@code \z} (Java's {@code \Z} would also allow a final line terminator).</li>
 * </ul>
 * The published segmentation-mask patterns use none of the translated constructs: {@code \/},
 * {@code .*}, {@code [^\/]+}, {@code (?:a|b)} and {@code $} mean the same in both dialects, and a
 * trailing {@code $} adds nothing under a full match in either.
 */
public final class PythonRegex {

    private PythonRegex() {
    }

    /**
     * Compiles {@code python} for use with {@link java.util.regex.Matcher#matches()}.
     *
     * @throws PatternSyntaxException when the pattern is not valid
     */
    public static Pattern compile(String python) {
        return Pattern.compile(translate(python), Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The Java spelling of a Python pattern (see the class comment for what changes). */
    static String translate(String python) {
        StringBuilder out = new StringBuilder(python.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '\\' && i + 1 < python.length()) {
                char next = python.charAt(i + 1);
                if (next == 'Z' && !inClass) {
                    out.append("\\z");
                } else {
                    out.append(c).append(next);
                }
                i++;
            } else if (inClass) {
                out.append(c);
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                out.append(c);
                inClass = true;
                // a ']' right after '[' or '[^' is a literal in both dialects
                if (i + 1 < python.length() && python.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < python.length() && python.charAt(i + 1) == ']') {
                    out.append("\\]");
                    i++;
                }
            } else if (python.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 3;
            } else if (python.startsWith("(?P=", i)) {
                int end = python.indexOf(')', i);
                if (end < 0) {
                    throw new PatternSyntaxException("unterminated (?P= reference", python, i);
                }
                out.append("\\k<").append(python, i + 4, end).append('>');
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
