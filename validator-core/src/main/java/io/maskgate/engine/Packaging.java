package io.maskgate.engine;

import io.maskgate.io.AtomicFiles;
import io.maskgate.packaging.DatasetResult;
import io.maskgate.packaging.MaskLayout;
import io.maskgate.packaging.ObjectsFormat;
import io.maskgate.packaging.PackageOptions;
import io.maskgate.packaging.PackageResult;
import io.maskgate.packaging.Packager;
import io.maskgate.packaging.SourceDataException;
import io.maskgate.packaging.SubmissionFile;
import io.maskgate.report.Report;
import io.maskgate.validation.ProgressListener;
import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of {@code maskgate package} and the Maven goal {@code package}: reads the submission file,
 * writes the upload ({@link Packager}) and validates it with maskgate's own rules in {@code latest} mode, so the
 * command's verdict is the upload's.
 */
public final class Packaging {

    /**
     * What to package.
     *
     * @param store           the mask store folder
     * @param out             the upload folder to create
     * @param submission      the submission file (JSON)
     * @param hypotheses      {@code final} (default), {@code all} or epochs such as {@code 50,3999}
     * @param allowIncomplete package even when required submission values are missing; they become findings
     * @param zip             also write {@code <out>.zip}, reproducibly
     * @param threads         worker threads
     * @param layout          one mask file per trench (default) or per field of view
     * @param objectsFormat   the objects table as TSV (default) or XLSX (only when it fits one sheet)
     */
    public record Request(Path store, Path out, Path submission, String hypotheses, boolean allowIncomplete,
                          boolean zip, int threads, ProgressListener progress, MaskLayout layout,
                          ObjectsFormat objectsFormat) {
        public Request {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(submission, "submission");
            progress = progress == null ? ProgressListener.NONE : progress;
            layout = layout == null ? MaskLayout.TRENCH : layout;
            objectsFormat = objectsFormat == null ? ObjectsFormat.TSV : objectsFormat;
        }

        /**
         * A request whose layout ({@code trench}, {@code fov}) and objects format ({@code tsv}, {@code xlsx}) are
         * given by name, as users type them; null means the default.
         *
         * @throws UsageException naming the accepted values when a name is unknown
         */
        public static Request named(Path store, Path out, Path submission, String hypotheses, boolean allowIncomplete,
                                    boolean zip, int threads, ProgressListener progress, String layout,
                                    String objectsFormat) {
            return new Request(store, out, submission, hypotheses, allowIncomplete, zip, threads, progress,
                    layout == null ? null : MaskLayout.parse(layout),
                    objectsFormat == null ? null : ObjectsFormat.parse(objectsFormat));
        }

        /** Per-trench files and a TSV objects table. */
        public Request(Path store, Path out, Path submission, String hypotheses, boolean allowIncomplete,
                       boolean zip, int threads, ProgressListener progress) {
            this(store, out, submission, hypotheses, allowIncomplete, zip, threads, progress, MaskLayout.TRENCH,
                    ObjectsFormat.TSV);
        }
    }

    /**
     * The outcome: the upload and its validation report (close it after use), or why the store could not be
     * packaged (then {@code report} is null and nothing was written).
     *
     * @param summary      one line per packaged dataset, for people
     * @param writeNanos   time taken to write the upload
     * @param validateNanos time taken to validate it
     */
    public record Result(Path upload, Path zip, List<String> summary, Report report, String refused, long writeNanos,
                         long validateNanos)
            implements AutoCloseable {

        public Result {
            summary = List.copyOf(summary);
        }

        /** Exit code: {@link Outcome#EXIT_INVALID} when refused or the upload has errors. */
        public Outcome outcome() {
            return report == null ? null : Outcome.of(report, FailOn.ERROR);
        }

        public int exitCode() {
            return report == null ? Outcome.EXIT_INVALID : outcome().exitCode();
        }

        @Override
        public void close() {
            if (report != null) {
                report.close();
            }
        }
    }

    private final Validator validator;

    public Packaging(Validator validator) {
        this.validator = validator;
    }

    /** The commented submission template {@code --init-submission} writes. */
    public static String submissionTemplate() {
        return SubmissionFile.template();
    }

    /** Writes the submission template to {@code file}, which must not exist. */
    public static void writeSubmissionTemplate(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new UsageException(file + " exists already; --init-submission never overwrites a file");
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        AtomicFiles.write(file, submissionTemplate().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Packages and validates.
     *
     * @throws UsageException for a missing or invalid submission file, an existing non-empty target, unknown
     *                        hypotheses, a store that does not exist
     */
    public Result run(Request r) throws Exception {
        if (!Files.isDirectory(r.store())) {
            throw new UsageException("no such mask store folder: " + r.store());
        }
        SubmissionFile.Result submission = SubmissionFile.read(r.submission());
        if (!submission.invalid().isEmpty()) {
            throw new UsageException("submission file " + r.submission() + " has " + submission.invalid().size()
                    + " invalid value" + (submission.invalid().size() == 1 ? "" : "s") + ": "
                    + String.join("; ", submission.invalid()));
        }
        if (!submission.missing().isEmpty() && !r.allowIncomplete()) {
            throw new UsageException(SubmissionFile.missingMessage(r.submission(), submission.missing()));
        }
        PackageResult written;
        long start = System.nanoTime();
        try {
            written = Packager.run(new PackageOptions(r.store(), r.out(), submission.submission(), r.hypotheses(),
                    r.allowIncomplete(), r.zip(), r.threads(), Version.get(), r.progress(), r.layout(),
                    r.objectsFormat()));
        } catch (SourceDataException e) {
            return new Result(null, null, List.of(), null, e.getMessage(), System.nanoTime() - start, 0);
        }
        List<String> lines = new ArrayList<>();
        for (DatasetResult d : written.datasets()) {
            if (d.layout() == MaskLayout.FOV) {
                lines.add(d.directory() + ": " + d.objects() + " objects in " + d.maskFiles() + " mask files, one per "
                        + "field of view (" + d.pixelType() + "), " + d.adjacencies() + " touching pairs"
                        + (d.emptyFovs() > 0 ? ", " + d.emptyFovs() + " fields of view without objects (no file; "
                        + "listed in derived/extras/maskgate-provenance.json)" : ""));
            } else {
                lines.add(d.directory() + ": " + d.objects() + " objects in " + d.maskFiles() + " mask files ("
                        + d.pixelType() + "), " + d.adjacencies() + " touching pairs"
                        + (d.emptyTrenches() > 0 ? ", " + d.emptyTrenches() + " trenches without objects (no file; "
                        + "listed in derived/extras/maskgate-provenance.json)" : ""));
            }
        }
        long written0 = System.nanoTime();
        Report report = validator.validate(written.upload(), ValidationOptions.builder()
                .threads(r.threads()).hubmapSchemaMode("latest").progress(r.progress()).build());
        return new Result(written.upload(), written.zip(), lines, report, null, written0 - start,
                System.nanoTime() - written0);
    }
}
