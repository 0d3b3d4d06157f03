package io.maskgate.rules;

import java.util.Locale;

/** How serious a finding is. Declared from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in reports, configs and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this severity is as serious as {@code threshold} or more. */
    @SuppressWarnings("EnumOrdinal") // the declaration order is the severity order (see above)
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error|warning|info}, case-insensitively. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
    }
}
