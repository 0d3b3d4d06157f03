package io.maskgate.cli;

import io.maskgate.engine.Outcome;
import io.maskgate.engine.Packaging;
import io.maskgate.io.SafeText;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.validation.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code maskgate package STORE --out DIR --submission FILE}: a mask store as a HuBMAP segmentation-mask upload. */
@Command(name = "package", mixinStandardHelpOptions = true, versionProvider = Maskgate.VersionProvider.class,
        description = {
                "Packages a mask store as a HuBMAP segmentation-mask upload, then validates the upload with maskgate's "
                        + "own rules (HuBMAP schema 'latest'): exit 0 only when it has no error.",
                "Each chosen hypothesis becomes a dataset folder (epoch-N) with one OME-TIFF per trench, or per field of "
                        + "view with --layout fov (channel 'cells', Object IDs unique in the dataset), cells-objects.tsv "
                        + "(or .xlsx) and cells-centroid-adjacency.csv.",
                "Start with 'maskgate package --init-submission submission.json' and fill in the file."})
final class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STORE", description = "The mask store folder (holding zarr.json).")
    Path store;

    @Option(names = "--out", paramLabel = "DIR", description = "The upload folder to create (must not exist, or be empty).")
    Path out;

    @Option(names = "--submission", paramLabel = "FILE", description = "The submission file (JSON): metadata values and contributors.")
    Path submission;

    @Option(names = "--init-submission", paramLabel = "FILE",
            description = "Write a commented submission template with every field to FILE and exit.")
    Path initSubmission;

    @Option(names = "--allow-incomplete",
            description = "Package even when required submission values are missing; the gaps are reported as findings (exit 1).")
    boolean allowIncomplete;

    @Option(names = "--hypotheses", paramLabel = "WHICH", defaultValue = "final",
            description = "final (default: the last checkpoint), all, or epochs such as 50,3999; each becomes a dataset folder.")
    String hypotheses;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "trench",
            description = "trench (default): one OME-TIFF per trench crop; fov: one per field of view, each trench put "
                    + "back at its trench_mapping bounds in the full frame (flipped back where needs_flip).")
    String layout;

    @Option(names = "--objects-format", paramLabel = "FORMAT", defaultValue = "tsv",
            description = "tsv (default): cells-objects.tsv, any size; xlsx: cells-objects.xlsx instead, only when "
                    + "every table fits one sheet (1,048,576 rows), else nothing is written.")
    String objectsFormat;

    @Option(names = "--zip", description = "Also write DIR.zip: sorted entries, fixed timestamps, so the same input gives the same bytes.")
    boolean zip;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of processors).")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = ValidateCommand.FormatConverter.class,
            description = "Format of the upload's validation report: text (default), json, tsv, xlsx, sarif, junit.")
    List<ReportFormat> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Where the validation report goes, as for validate.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "Nothing on standard error except errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Every finding in the text report, and stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--no-progress", description = "No progress bar or progress lines.")
    boolean noProgress;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto (default), always or never.")
    ColorMode color;

    private final CliEnvironment environment;

    PackageCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        Console console = new Console(environment, quiet, !noProgress);
        if (initSubmission != null) {
            if (store != null || out != null || submission != null) {
                throw usage("--init-submission writes a template and exits: give it alone");
            }
            Packaging.writeSubmissionTemplate(initSubmission);
            console.note("wrote " + initSubmission + ": fill in the blank required values, then run "
                    + "'maskgate package STORE --out DIR --submission " + initSubmission + "'");
            return Outcome.EXIT_OK;
        }
        if (store == null || out == null || submission == null) {
            throw usage("STORE, --out and --submission are required (or --init-submission FILE to start)");
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1");
        }
        List<ReportFormat> chosen = formats.isEmpty() ? List.of(ReportFormat.TEXT) : List.copyOf(new LinkedHashSet<>(formats));
        ReportOutput reports = ReportOutput.plan(chosen, output, message -> new ParameterException(spec.commandLine(), message));
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Packaging.Result result;
        try (Console.Progress progress = console.progress()) {
            Packaging.Request request;
            try {
                request = Packaging.Request.named(store, out, submission, hypotheses, allowIncomplete, zip, workers,
                        progress.listener(), layout, objectsFormat);
            } catch (UsageException e) {
                throw usage("--layout/--objects-format: " + e.getMessage());
            }
            result = new Packaging(environment.validator().get()).run(request);
        }
        try (Packaging.Result r = result) {
            if (r.refused() != null) {
                environment.err().println("maskgate: cannot package " + SafeText.escape(store + ": " + r.refused()));
                return Outcome.EXIT_INVALID;
            }
            console.note("wrote " + r.upload() + (r.zip() != null ? " and " + r.zip() : "") + " in "
                    + seconds(r.writeNanos()) + "; validated it in " + seconds(r.validateNanos()));
            r.summary().forEach(console::note);
            for (Path p : reports.write(r.report(), color.enabled(environment), Console.style(false, verbose), console, environment)) {
                console.note("wrote " + p);
            }
            Outcome outcome = r.outcome();
            console.note("validation of the upload: " + outcome.counts() + "; " + outcome.verdict());
            return r.exitCode();
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
