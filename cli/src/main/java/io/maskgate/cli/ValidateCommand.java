package io.maskgate.cli;

import io.maskgate.engine.FailOn;
import io.maskgate.engine.Outcome;
import io.maskgate.engine.Targets;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.report.writer.SourceRoot;
import io.maskgate.validation.InvalidOptionException;
import io.maskgate.validation.ValidationOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code maskgate validate PATH}: validates a mask store, HuBMAP upload or dataset, or OME-TIFF. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Maskgate.VersionProvider.class,
        description = {
                "Validates a Zarr v3 mask store, a HuBMAP upload or dataset directory, or an OME-TIFF file.",
                "Without -o the text report goes to standard error and a json/tsv/sarif/junit/html report to "
                        + "standard output; progress and the summary always go to standard error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH|URL", description = "The store folder (holding zarr.json), HuBMAP upload or "
            + "dataset folder, or .ome.tiff file; or a Zarr store at an https://, http:// or s3://bucket/prefix address.")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            description = "Report format: text (default), json, tsv, xlsx, sarif, junit, html. Repeatable or comma-separated.")
    List<ReportFormat> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Write the report to FILE (one format) or into DIR as maskgate-report.<ext> per format "
                    + "(several formats, or an existing directory). Required for xlsx.")
    Path output;

    @Option(names = "--sarif-base", paramLabel = "DIR",
            description = "Folder SARIF URIs are relative to (default: the root of the git work tree holding PATH, "
                    + "else the current folder when PATH is inside it, else PATH's folder).")
    Path sarifBase;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a finding is at or above LEVEL: error (default), warning, info or never.")
    FailOn failOn;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file that re-classifies or ignores findings by code and path glob.")
    Path config;

    @Option(names = {"-q", "--quiet"}, description = "Nothing on standard error except errors; reports are still written.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Every finding in the text report, and stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--no-progress", description = "No progress bar or progress lines.")
    boolean noProgress;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the console report: auto (default: only on a terminal, not with NO_COLOR), always, never.")
    ColorMode color;

    @Option(names = "--metadata-only", description = "Check metadata only; skip the pixel scan of mask stores.")
    boolean metadataOnly;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
            description = "Scan the pixels of N trenches per hypothesis instead of all (0 = all, the default).")
    int sample;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for pixel scans and chunk decoding (0 or default: number of processors).")
    Integer threads;

    @Option(names = "--min-object-area", paramLabel = "PIXELS",
            description = "Report objects smaller than this many pixels (default: ${DEFAULT-VALUE}).")
    int minObjectArea = ValidationOptions.DEFAULT_MIN_OBJECT_AREA;

    @Option(names = "--max-document-size", paramLabel = "SIZE", defaultValue = "16MiB",
            description = "Largest document read whole (zarr.json, HuBMAP TSVs, the config file, OME-XML), in bytes or"
                    + " with KiB, MiB or GiB (default: ${DEFAULT-VALUE}); a larger one is a finding and is not read.")
    String maxDocumentSize;

    @Option(names = "--hubmap-schema", paramLabel = "MODE", defaultValue = "latest",
            description = "HuBMAP directory schema: latest (default) or any-minor (accept any 2.x version).")
    String hubmapSchema;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "auto",
            description = "Checks of a Zarr v3 target: auto (default: the mask-store profile when the root has the"
                    + " mask-store attributes or data is a 5-D uint8 array, plain Zarr otherwise), mask-store, or"
                    + " generic (every node's metadata and every chunk of every array).")
    String profile;

    @Mixin
    RemoteOptions remote = new RemoteOptions();

    @Option(names = "--allow-root", paramLabel = "DIR",
            description = "Also open files that links in the target lead to under DIR (repeatable). By default only"
                    + " links inside the git repository holding the target (else inside the target folder) are followed.")
    List<Path> allowRoots = new ArrayList<>();

    @Option(names = "--agreement", negatable = true,
            description = "Hypothesis agreement of mask stores (on by default for more than one hypothesis; "
                    + "--no-agreement skips it): per-epoch, per-trench and per-time agreement, ambiguous intervals.")
    Boolean agreement;

    @Option(names = "--reference", paramLabel = "EPOCH",
            description = "Epoch of the hypothesis every other one is matched to (default: the last).")
    Integer reference;

    @Option(names = "--late", paramLabel = "N",
            description = "Compare the last N hypotheses among themselves for ambiguous intervals (default: 5).")
    Integer late;

    private final CliEnvironment environment;

    ValidateCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        List<ReportFormat> chosen = chosenFormats();
        ReportOutput output = ReportOutput.plan(chosen, this.output, usage());
        ValidationOptions options = options();
        Console console = new Console(environment, quiet, !noProgress);
        Report validated;
        try (Console.Progress progress = console.progress()) {
            validated = environment.validator().get().validate(target, remote.access(),
                    options.toBuilder().progress(progress.listener()).build());
        }
        try (Report report = validated) { // its findings may be in a temporary file
            ReportStyle fileStyle = Console.style(false, verbose).withFailOn(failOn)
                    .withSourceRoot(output.includes(ReportFormat.SARIF) && !Targets.isRemote(target)
                            ? SourceRoot.resolve(sarifBase, Path.of(target), Path.of("").toAbsolutePath()) : sarifBase);
            for (Path p : output.write(report, color.enabled(environment), fileStyle, console, environment)) {
                console.note("wrote " + p);
            }
            Outcome outcome = Outcome.of(report, failOn);
            console.note(report.target().path() + " (" + report.target().kind() + "): " + outcome.counts() + "; "
                    + outcome.verdict());
            return outcome.exitCode();
        }
    }

    private List<ReportFormat> chosenFormats() {
        return formats.isEmpty() ? List.of(ReportFormat.TEXT) : List.copyOf(new LinkedHashSet<>(formats));
    }

    private ValidationOptions options() {
        if (quiet && verbose) {
            throw usage().apply("--quiet and --verbose cannot be combined");
        }
        ValidationOptions.Builder b = ValidationOptions.builder()
                .metadataOnly(metadataOnly)
                .sampleTrenches(sample)
                .minObjectArea(minObjectArea)
                .hubmapSchemaMode(hubmapSchema)
                .zarrProfile(profile)
                .agreement(agreement)
                .agreementReference(reference)
                .allowRoots(allowRoots)
                .maxDocumentSize(maxDocumentSize);
        if (late != null) {
            b.agreementLate(late);
        }
        if (threads != null) {
            b.threads(threads);
        }
        if (config != null) {
            b.configFile(config);
        }
        try {
            return b.build();
        } catch (InvalidOptionException e) {
            throw usage().apply(flag(e.option()) + " " + e.problem());
        }
    }

    /** The flag of a core option name: {@code minObjectArea} is {@code --min-object-area}. */
    private static String flag(String option) {
        if (option.equals("agreementLate")) {
            return "--late";
        }
        if (option.equals("allowRoots")) {
            return "--allow-root";
        }
        return "--" + option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("UnnecessaryLambda") // one factory handed to ReportOutput.plan and used by the option checks
    private Function<String, ParameterException> usage() {
        return message -> new ParameterException(spec.commandLine(), message);
    }

    /** {@code --format} values, case-insensitive, with the accepted names in the error. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value);
        }
    }
}
