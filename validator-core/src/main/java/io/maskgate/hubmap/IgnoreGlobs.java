package io.maskgate.hubmap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Globs over dataset-relative POSIX paths whose matches are never "not allowed" (they still count
 * for required entries, as in HuBMAP). {@code *} and {@code ?} stay within one path segment and
 * {@code **} crosses segments. A path is ignored when the glob matches the path or one of its
 * ancestor folders, so the default {@code .*} ignores top-level dotfiles and everything inside
 * top-level dot-folders such as {@code .git/}. Translated by hand rather than through
 * {@code FileSystem.getPathMatcher} so that matching does not depend on the platform's separator.
 */
public final class IgnoreGlobs {

    /** HuBMAP's default: top-level dotfiles. */
    public static final IgnoreGlobs DEFAULT = new IgnoreGlobs(List.of(".*"));

    private final List<String> globs;
    private final List<Pattern> patterns;

    public IgnoreGlobs(List<String> globs) {
        this.globs = List.copyOf(globs);
        List<Pattern> ps = new ArrayList<>();
        for (String g : globs) {
            ps.add(Pattern.compile(toRegex(g)));
        }
        this.patterns = List.copyOf(ps);
    }

    /** These globs plus literal paths (e.g. the metadata TSV when a dataset is the upload itself). */
    public IgnoreGlobs plusLiterals(List<String> literalPaths) {
        List<String> all = new ArrayList<>(globs);
        for (String p : literalPaths) {
            all.add(p.replaceAll("([*?\\[\\]\\\\])", "\\\\$1"));
        }
        return new IgnoreGlobs(all);
    }

    public List<String> globs() {
        return globs;
    }

    /** True when {@code path} (relative, {@code /}-separated; folders may end in {@code /}) or an ancestor matches. */
    public boolean ignores(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int from = 0;
        while (true) {
            int slash = p.indexOf('/', from);
            String prefix = slash < 0 ? p : p.substring(0, slash);
            for (Pattern pattern : patterns) {
                if (pattern.matcher(prefix).matches()) {
                    return true;
                }
            }
            if (slash < 0) {
                return false;
            }
            from = slash + 1;
        }
    }

    static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                sb.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    sb.append(".*");
                    i++;
                } else {
                    sb.append("[^/]*");
                }
            } else if (c == '?') {
                sb.append("[^/]");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
