package io.maskgate.cli.hostile;

/** Short, printable excerpts of output for failure messages. */
final class Excerpt {

    private Excerpt() {
    }

    /** One line, control characters shown as {@code \\uXXXX}, at most 200 characters. */
    static String line(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 200; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() >= 200 ? sb + "..." : sb.toString();
    }

    /** The first {@code n} non-blank lines of {@code s}, each shortened, indented. */
    static String head(String s, int n) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (String l : s.split("\n", -1)) {
            if (l.isBlank()) {
                continue;
            }
            if (k++ == n) {
                sb.append("      ...\n");
                break;
            }
            sb.append("      ").append(line(l)).append('\n');
        }
        return sb.toString();
    }
}
