package io.maskgate.cli;
// TEMPORARY STUB - DO NOT COMMIT
import picocli.CommandLine.Command;
import java.util.concurrent.Callable;
@Command(name = "fixture")
final class FixtureCommand implements Callable<Integer> {
    FixtureCommand(CliEnvironment e) {}
    public Integer call() { return 0; }
}
