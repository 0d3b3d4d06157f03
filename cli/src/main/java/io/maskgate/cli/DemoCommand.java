package io.maskgate.cli;

import io.maskgate.engine.FailOn;
import io.maskgate.engine.Outcome;
import io.maskgate.fixtures.FileTrees;
import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.fixtures.defects.Defect;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFiles;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.rules.Finding;
import io.maskgate.validation.ValidationOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code maskgate demo [DIR]}: generates a realistic mask store, validates it, then injects one
 * known defect into a copy and shows that it is caught.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Maskgate.VersionProvider.class,
        description = {
                "Generates a realistic synthetic mask store (17 hypotheses x 24 trenches x 721 frames), validates it, "
                        + "then injects one known defect into a copy and shows that maskgate catches it.",
                "With DIR the stores and every report format are kept there; otherwise a temporary folder is used and removed.",
                "Exits with 0 when the clean store is clean and the defect is caught."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Where to keep the stores and reports (must not exist or be empty).")
    Path dir;

    @Option(names = "--defect", paramLabel = "NAME",
            description = "The defect to demonstrate (see 'maskgate fixture --list-defects'); default: a label defect.")
    String defectName;

    @Option(names = "--no-progress", description = "No progress bar or progress lines.")
    boolean noProgress;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto (default), always or never.")
    ColorMode color;

    private final CliEnvironment environment;

    DemoCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Defect> defect = chooseDefect();
        boolean temporary = dir == null;
        if (!temporary && !FileTrees.isMissingOrEmptyDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "DIR " + dir + " must not exist or be an empty directory");
        }
        Path root = temporary ? Files.createTempDirectory("maskgate-demo") : dir;
        Console console = new Console(environment, false, !noProgress);
        try {
            return run(root, temporary, defect, console);
        } finally {
            if (temporary) {
                FileTrees.delete(root);
            }
        }
    }

    private int run(Path root, boolean temporary, Optional<Defect> defect, Console console) throws IOException {
        boolean colour = color.enabled(environment);
        StoreSpec storeSpec = StoreSpec.demo();
        Path clean = root.resolve("mask-store.zarr");
        console.note("generating a synthetic mask store (" + storeSpec.hypotheses() + " hypotheses x "
                + storeSpec.trenches() + " trenches x " + storeSpec.times() + " frames of " + storeSpec.height() + "x"
                + storeSpec.width() + " px) in " + (temporary ? "a temporary folder" : clean));
        try (Console.Progress progress = console.progress()) {
            Fixtures.generateStore(clean, storeSpec, null, progress.listener());
        }
        Outcome outcome;
        try (Report cleanReport = validate(clean, console, root, temporary, "mask-store")) {
            console.textReport(cleanReport, colour, false);
            outcome = Outcome.of(cleanReport, FailOn.ERROR);
        }
        console.note("clean store: " + outcome.counts() + "; " + outcome.verdict());

        boolean caught = true;
        if (defect.isEmpty()) {
            console.note("no store defects are known to this build; nothing more to demonstrate");
        } else {
            Defect d = defect.get();
            Path broken = root.resolve("mask-store-" + d.name() + ".zarr");
            FileTrees.copy(clean, broken);
            d.inject(broken);
            console.note("injected defect '" + d.name() + "' into a copy: " + d.description());
            try (Report brokenReport = validate(broken, console, root, temporary, "mask-store-" + d.name())) {
                console.textReport(brokenReport, colour, false);
                Optional<Finding> hit = brokenReport.findings().stream()
                        .filter(f -> f.code().equals(d.expectedCode())).findFirst();
                caught = hit.isPresent();
                console.note(hit.map(f -> "caught: " + f.code() + " in " + f.file()
                                + (f.location().isNone() ? "" : " [" + f.location().describe() + "]"))
                        .orElse("NOT caught: expected " + d.expectedCode()));
            }
        }
        if (!temporary) {
            console.note("stores and reports kept in " + root);
        }
        return outcome.failed() || !caught ? Outcome.EXIT_INVALID : Outcome.EXIT_OK;
    }

    private Report validate(Path store, Console console, Path root, boolean temporary, String name) throws IOException {
        console.note("validating " + (temporary ? store.getFileName() : store));
        Report report;
        try (Console.Progress progress = console.progress()) {
            report = environment.validator().get().validate(store, ValidationOptions.builder().progress(progress.listener()).build());
        }
        if (!temporary) {
            try {
                ReportFiles.writeAll(report, List.of(ReportFormat.values()), root.resolve("reports").resolve(name),
                        Console.style(false, false));
            } catch (IOException | RuntimeException e) {
                report.close();
                throw e;
            }
        }
        return report;
    }

    /** The named defect, or by default the first label defect (a pixel-level problem), else the first of all. */
    private Optional<Defect> chooseDefect() {
        List<Defect> all = Fixtures.storeDefects();
        if (defectName != null) {
            return Optional.of(all.stream().filter(d -> d.name().equals(defectName)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown defect '" + defectName
                            + "'; see 'maskgate fixture --list-defects'")));
        }
        return all.stream().filter(d -> d.expectedCode().startsWith("LABEL_")).findFirst()
                .or(() -> all.stream().findFirst());
    }
}
