package io.maskgate.cli;

import io.maskgate.engine.Validator;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the commands take from the outside world, so tests can run them in-process with
 * captured streams, a chosen environment and a validator that fails on purpose.
 *
 * @param out              reports (machine-readable output, rule listings)
 * @param err              human output: logs, summary, progress, error messages
 * @param env              environment variables (for {@code NO_COLOR}, {@code TERM})
 * @param stderrIsTerminal whether {@code err} is an interactive terminal
 * @param validator        creates the core validator
 */
public record CliEnvironment(PrintStream out, PrintStream err, Map<String, String> env, boolean stderrIsTerminal,
                             Supplier<Validator> validator) {

    public CliEnvironment {
        env = Map.copyOf(env);
    }

    /** The real process: {@code System.out}, {@code System.err}, {@code System.getenv()}. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.out, System.err, System.getenv(), Terminal.stderrIsTerminal(), Validator::new);
    }

    /** True when the terminal can redraw a line ({@code TERM=dumb} cannot). */
    public boolean interactive() {
        return stderrIsTerminal && !"dumb".equals(env.get("TERM"));
    }

    /** {@code NO_COLOR} set to anything non-empty disables colour (https://no-color.org). */
    public boolean noColorRequested() {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }
}
