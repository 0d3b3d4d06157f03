package io.maskgate.cli;

/** {@code --color}: whether the console report uses ANSI colours. */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    /** AUTO colours only a terminal, and never when {@code NO_COLOR} is set. */
    boolean enabled(CliEnvironment environment) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> environment.interactive() && !environment.noColorRequested();
        };
    }
}
