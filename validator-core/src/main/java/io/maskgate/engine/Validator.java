package io.maskgate.engine;

import io.maskgate.storage.KeyKind;
import io.maskgate.storage.TransferCounter;
import io.maskgate.validation.InputScan;
import io.maskgate.validation.ProgressListener;
import io.maskgate.validation.Target;
import io.maskgate.validation.TargetValidator;
import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationContext;
import io.maskgate.validation.ValidationOptions;
import io.maskgate.validation.ValidationRun;

import io.maskgate.report.Report;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The entry point of the core: detects what a target is, runs the matching validator, builds the report. */
public final class Validator {

    private final List<TargetValidator> validators;

    /** A validator for every kind of target maskgate knows, in detection order. */
    public Validator() {
        this(Areas.validators());
    }

    public Validator(List<TargetValidator> validators) {
        this.validators = List.copyOf(validators);
    }

    /**
     * Validates the local file or folder {@code target}. Close the report once it is written: its findings may be
     * held in a temporary file.
     *
     * @throws UsageException when the path does not exist
     */
    public Report validate(Path target, ValidationOptions options) {
        return validate(Target.local(target), options);
    }

    /**
     * Validates {@code target}, local or not. Close the report once it is written: its findings may be held in a
     * temporary file.
     *
     * @throws UsageException when the target does not exist
     */
    public Report validate(Target target, ValidationOptions options) {
        KeyKind root = target.storage().kind("");
        if (!root.exists()) {
            throw new UsageException("no such file or directory: " + target.name());
        }
        if (target.boundary().isPresent() && !target.boundary().get().isConfined()) {
            try {
                target = target.confined(options.allowRoots());
            } catch (IOException e) {
                throw new UsageException("cannot resolve " + target.name() + " or an allowed root: " + e.getMessage());
            }
        }
        Optional<TransferCounter> transfers = target.storage().transfers();
        if (transfers.isEmpty()) {
            return run(target, options, root);
        }
        ProgressListener user = options.progress();
        Report report = run(target, options.toBuilder().progress(new TransferProgress(user, transfers.get())).build(), root);
        user.note("read " + transfers.get().describe() + " from " + target.name());
        return report;
    }

    /**
     * Validates what the user typed: a local path, or an {@code http(s)://} or {@code s3://} store reached
     * with {@code access}. Close the report once it is written.
     *
     * @throws UsageException when the target does not exist or its address is invalid
     */
    public Report validate(String target, RemoteAccess access, ValidationOptions options) {
        try (Targets.Opened opened = Targets.open(target, access)) {
            return validate(opened.target(), options);
        }
    }

    private Report run(Target target, ValidationOptions options, KeyKind root) {
        ValidationRun run = new ValidationRun(target, options);
        ValidationContext context = run.context();
        String kind = "unknown";
        ValidationRun.Result result;
        try {
            InputScan.run(context);
            TargetValidator chosen = validators.stream().filter(v -> v.accepts(target)).findFirst().orElse(null);
            if (chosen == null) {
                String what = "'" + target.name() + "' is " + (root == KeyKind.DIRECTORY ? "a directory" : "a file");
                context.accept(RuleMeta.of(UnrecognisedTarget.class).finding("", Location.NONE, target.isLocal()
                        ? what + " that maskgate does not recognise: no zarr.json, no *metadata.tsv, no derived/ folder, not a .ome.tiff file"
                        : what + " that maskgate does not recognise: it has no zarr.json and no data/zarr.json, and only Zarr"
                                + " mask stores are validated where they are stored (HuBMAP uploads and OME-TIFF files must be"
                                + " downloaded first)"));
            } else {
                kind = chosen.kind();
                chosen.validate(target, context);
            }
            result = run.finish();
        } catch (RuntimeException | Error e) {
            run.discard();
            throw e;
        }
        return new Report(Report.REPORT_VERSION, new Report.Tool("maskgate", Version.get()),
                new Report.Target(target.name(), result.targetKind() == null ? kind : result.targetKind(),
                        result.targetDetail(), result.profile()), options.describe(),
                result.summary(), result.findings(), result.checked(), result.statistics(),
                result.agreement());
    }
}
