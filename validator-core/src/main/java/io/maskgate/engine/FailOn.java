package io.maskgate.engine;

import io.maskgate.rules.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * The severity at which a run fails: {@code --fail-on} of the CLI and {@code failOnSeverity} of the
 * Maven plugin. {@link #NEVER} reports but never fails.
 */
public enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    /** The lowest severity that fails the run, or empty for {@link #NEVER}. */
    public Optional<Severity> severity() {
        return switch (this) {
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case INFO -> Optional.of(Severity.INFO);
            case NEVER -> Optional.empty();
        };
    }

    /** True if a finding of {@code severity} counts towards failing the run. */
    public boolean counts(Severity severity) {
        return severity().map(severity::atLeast).orElse(false);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info|never}, case-insensitively. */
    public static FailOn parse(String text) {
        for (FailOn f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fail threshold '" + text + "' (expected error, warning, info or never)");
    }
}
