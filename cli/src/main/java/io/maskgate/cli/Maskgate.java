package io.maskgate.cli;

import io.maskgate.engine.Outcome;
import io.maskgate.engine.Version;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** The {@code maskgate} command: subcommands validate, agreement, package, rules, demo, fixture and generate-completion. */
@Command(name = "maskgate", mixinStandardHelpOptions = true, versionProvider = Maskgate.VersionProvider.class,
        description = "Validates microscopy segmentation-mask datasets: Zarr v3 multi-hypothesis mask stores "
                + "(metadata and every pixel) and HuBMAP segmentation-mask submissions.",
        commandListHeading = "%nCommands:%n",
        footer = "%nRun 'maskgate COMMAND --help' for the options of a command.")
public final class Maskgate implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Runs the command line; never throws, never exits. */
    public static int run(CliEnvironment environment, String... args) {
        try {
            return commandLine(environment).execute(args);
        } catch (Throwable t) { // Errors (out of memory, linkage) bypass picocli's handler
            PrintWriter err = new PrintWriter(environment.err(), true, StandardCharsets.UTF_8);
            return Failures.report(t, err, false, false);
        }
    }

    /** The configured picocli command line, with streams and exit-code mapping of {@code environment}. */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine cl = new CommandLine(new Maskgate());
        cl.addSubcommand(new ValidateCommand(environment));
        cl.addSubcommand(new AgreementCommand(environment));
        cl.addSubcommand(new RulesCommand(environment));
        cl.addSubcommand(new DemoCommand(environment));
        cl.addSubcommand(new FixtureCommand(environment));
        cl.addSubcommand(new PackageCommand(environment));
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.addSubcommand(new AutoComplete.GenerateCompletion());
        // picocli hides it by default; listed, so users find it in --help
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        documentExitCodes(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(environment.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(environment.err(), true, StandardCharsets.UTF_8));
        Failures failures = new Failures();
        cl.setExecutionExceptionHandler(failures);
        cl.setParameterExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(t -> Outcome.EXIT_INTERNAL);
        cl.setExecutionStrategy(parsed -> {
            LibraryLogging.configure(environment.err(), Failures.verbose(parsed));
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }

    /** Exit codes shown by {@code --help} of the top command and of every subcommand. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    private static Map<String, String> exitCodes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "nothing at or above the --fail-on threshold");
        m.put("1", "validation failed: findings at or above the threshold");
        m.put("2", "usage or config error: bad option, missing path, invalid config file");
        m.put("3", "I/O or internal error");
        return Collections.unmodifiableMap(m);
    }

    private static void documentExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                documentExitCodes(sub);
            }
        }
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: validate, agreement, package, rules, demo or fixture");
    }

    /** {@code --version}: the version filtered into the core at build time. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"maskgate " + Version.get()};
        }
    }
}
