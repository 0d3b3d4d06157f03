package io.maskgate.cli;
// TEMPORARY STUB - DO NOT COMMIT
import picocli.CommandLine.Command;
import java.util.concurrent.Callable;
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
    DemoCommand(CliEnvironment e) {}
    public Integer call() { return 0; }
}
