package io.maskgate.cli;

import io.maskgate.engine.Validator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the CLI in-process with captured streams. */
record CliRun(int exit, String out, String err, byte[] outBytes) {

    static CliRun run(String... args) {
        return run(Map.of(), false, Validator::new, args);
    }

    static CliRun run(Map<String, String> env, boolean terminal, Supplier<Validator> validator, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = Maskgate.run(new CliEnvironment(o, e, env, terminal, validator), args);
            o.flush();
            e.flush();
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    out.toByteArray());
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
