package io.maskgate.cli;

import io.maskgate.engine.Outcome;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.report.writer.AgreementIntervalsWriter;
import io.maskgate.report.writer.AgreementText;
import io.maskgate.report.writer.ReportWriters;
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
import java.util.concurrent.Callable;

/**
 * {@code maskgate agreement STORE}: the hypothesis agreement of a mask store on its own. It runs the same pass as
 * {@code validate --agreement} (the pixel scan decodes every chunk once for both) and prints the agreement summary
 * on standard error and the ambiguous intervals as TSV on standard output (or into {@code -o FILE}); findings are
 * left to {@code maskgate validate}.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true, versionProvider = Maskgate.VersionProvider.class,
        description = {"Hypothesis agreement of a mask store: every hypothesis matched to a reference by IoU, and the "
                + "intervals where the late hypotheses disagree.",
                "The summary goes to standard error, the intervals (TSV) to standard output or -o FILE. "
                        + "'maskgate validate STORE --format json,xlsx -o DIR' writes every agreement table."})
final class AgreementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE",
            description = "The mask store: a folder holding zarr.json, or an http(s):// or s3:// address.")
    String target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the intervals TSV to FILE.")
    Path output;

    @Option(names = "--reference", paramLabel = "EPOCH",
            description = "Epoch of the hypothesis every other one is matched to (default: the last).")
    Integer reference;

    @Option(names = "--late", paramLabel = "N",
            description = "Compare the last N hypotheses among themselves for ambiguous intervals (default: 5).")
    Integer late;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
            description = "Compare N evenly spaced trenches instead of all (0 = all, the default).")
    int sample;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of processors).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No summary or progress on standard error.")
    boolean quiet;

    @Option(names = "--no-progress", description = "No progress bar or progress lines.")
    boolean noProgress;

    @Mixin
    RemoteOptions remote = new RemoteOptions();

    private final CliEnvironment environment;

    AgreementCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        ValidationOptions options = options();
        Console console = new Console(environment, quiet, !noProgress);
        Report validated;
        try (Console.Progress progress = console.progress()) {
            validated = environment.validator().get().validate(target, remote.access(),
                    options.toBuilder().progress(progress.listener()).build());
        }
        try (Report report = validated) {
            if (report.agreement() == null) {
                environment.err().println("maskgate: no hypothesis agreement for " + report.target().path() + ": "
                        + whyNot(report));
                return Outcome.EXIT_INVALID;
            }
            for (String line : AgreementText.lines(report.agreement())) {
                console.note(line);
            }
            if (output != null) {
                ReportWriters.writeAtomically(output, new AgreementIntervalsWriter(), report);
                console.note("wrote " + output);
            } else {
                new AgreementIntervalsWriter().write(report, environment.out());
                environment.out().flush();
            }
            return Outcome.EXIT_OK;
        }
    }

    /** The reason the report gives, or what the target is when it is not a mask store. */
    private static String whyNot(Report report) {
        if (!report.target().kind().equals("zarr-mask-store")) {
            return "it is not a mask store (" + report.target().kind() + ")";
        }
        for (Checked c : report.checked()) {
            if (c.what().equals("hypothesis agreement") || c.what().equals("pixel scan")) {
                return c.detail();
            }
        }
        return report.summary().errors() > 0 ? "the store's metadata has errors; run 'maskgate validate' to see them"
                : "the store has a single hypothesis";
    }

    private ValidationOptions options() {
        ValidationOptions.Builder b = ValidationOptions.builder().agreement(true).agreementReference(reference)
                .sampleTrenches(sample);
        if (late != null) {
            b.agreementLate(late);
        }
        if (threads != null) {
            b.threads(threads);
        }
        try {
            return b.build();
        } catch (InvalidOptionException e) {
            String flag = e.option().equals("agreementLate") ? "--late" : "--" + e.option();
            throw new ParameterException(spec.commandLine(), flag + " " + e.problem());
        }
    }
}
