package io.maskgate.hubmap;

import java.util.ArrayList;
import java.util.List;

/**
 * What a directory-schema pattern asks for, recognised from its text so that messages can say it in
 * words instead of showing the regex. Only the two shapes HuBMAP's directory schemas use are
 * recognised; anything else is {@link Other} and messages fall back to the entry's title and example.
 */
public sealed interface PatternShape {

    /** {@code dir\/.*}: anything inside {@code dir/} (a file, or the folder itself when empty). */
    record Folder(String dir) implements PatternShape {
    }

    /**
     * {@code dir\/[^\/]+suffix}: a file directly inside {@code dir/} whose name ends in one of
     * {@code suffixes} (more than one when the pattern has an alternation group).
     */
    record FileIn(String dir, List<String> suffixes) implements PatternShape {
        public FileIn {
            suffixes = List.copyOf(suffixes);
        }
    }

    /** A pattern of another form. */
    record Other() implements PatternShape {
    }

    /** Words for what the pattern accepts, e.g. "a file directly inside derived/segmentation_masks/ whose name ends in -objects.xlsx or -objects.tsv". */
    default String words() {
        if (this instanceof Folder f) {
            return "a folder " + f.dir() + "/ (empty or not)";
        }
        if (this instanceof FileIn f) {
            return "a file directly inside " + f.dir() + "/ whose name ends in " + orList(f.suffixes());
        }
        return "a path of the form described by the schema";
    }

    /** "a", "a or b", "a, b or c". */
    static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** Recognises the shape of a Python-syntax pattern. */
    static PatternShape of(String pattern) {
        String p = pattern.endsWith("$") && !pattern.endsWith("\\$") ? pattern.substring(0, pattern.length() - 1) : pattern;
        if (p.endsWith("\\/.*")) {
            String dir = literal(p.substring(0, p.length() - 4));
            return dir == null || dir.isEmpty() ? new Other() : new Folder(dir);
        }
        String marker = "\\/[^\\/]+";
        int at = p.indexOf(marker);
        if (at <= 0) {
            return new Other();
        }
        String dir = literal(p.substring(0, at));
        String suffix = p.substring(at + marker.length());
        List<String> suffixes = suffix.contains("/") ? null : expandSuffix(suffix);
        if (dir == null || dir.isEmpty() || suffixes == null) {
            return new Other();
        }
        return new FileIn(dir, suffixes);
    }

    /** A run of literal path characters ({@code \/}, {@code \.}, {@code \-} escapes; a bare {@code .} read as a dot), or null. */
    private static String literal(String p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= p.length()) {
                    return null;
                }
                char n = p.charAt(++i);
                if (n != '/' && n != '.' && n != '-' && n != '_') {
                    return null;
                }
                sb.append(n);
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
                // An unescaped '.' matches any character (schema 2.0 has them); in words it is the dot the author meant.
                sb.append(c);
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** Expands {@code lit(?:a|b)lit} into its literal alternatives; null when the suffix has another form. */
    private static List<String> expandSuffix(String p) {
        int open = p.indexOf("(?:");
        if (open < 0) {
            String lit = literal(p);
            return lit == null || lit.isEmpty() ? null : List.of(lit);
        }
        int close = p.indexOf(')', open);
        if (close < 0 || (p.indexOf("(", open + 1) >= 0 && p.indexOf("(", open + 1) < close) || p.indexOf('(', close) >= 0) {
            return null;
        }
        String before = literal(p.substring(0, open));
        String after = literal(p.substring(close + 1));
        if (before == null || after == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String alt : p.substring(open + 3, close).split("\\|", -1)) {
            String lit = literal(alt);
            if (lit == null || lit.isEmpty()) {
                return null;
            }
            out.add(before + lit + after);
        }
        return out;
    }
}
