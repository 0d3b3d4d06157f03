package io.maskgate.hubmap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code major.minor} schema version, ordered numerically (2.10 after 2.9; HuBMAP sorts the
 * strings, which puts 2.10 before 2.2).
 */
public record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,6})\\.([0-9]{1,6})");

    public SchemaVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("negative version " + major + "." + minor);
        }
    }

    /** Parses {@code "2.7"}; throws {@link IllegalArgumentException} for anything else. */
    public static SchemaVersion parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a major.minor version");
        }
        return new SchemaVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(SchemaVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
