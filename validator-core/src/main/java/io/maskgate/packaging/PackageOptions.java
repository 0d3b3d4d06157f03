package io.maskgate.packaging;

import io.maskgate.validation.ProgressListener;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to package and how.
 *
 * @param store           the mask store folder (read only)
 * @param out             the upload folder to create (must not exist, or be an empty folder)
 * @param hypotheses      {@code final}, {@code all} or epochs, e.g. {@code 50,3999}
 * @param allowIncomplete write the package even when the submission lacks required values
 * @param zip             also write {@code out.zip}, reproducibly
 * @param threads         worker threads
 * @param toolVersion     maskgate's version, for the provenance
 * @param layout          one mask file per trench (default) or per field of view
 * @param objectsFormat   the objects table as TSV (default) or XLSX
 */
public record PackageOptions(Path store, Path out, Submission submission, String hypotheses, boolean allowIncomplete,
                             boolean zip, int threads, String toolVersion, ProgressListener progress,
                             MaskLayout layout, ObjectsFormat objectsFormat) {

    /** Per-trench files and a TSV objects table. */
    public PackageOptions(Path store, Path out, Submission submission, String hypotheses, boolean allowIncomplete,
                          boolean zip, int threads, String toolVersion, ProgressListener progress) {
        this(store, out, submission, hypotheses, allowIncomplete, zip, threads, toolVersion, progress,
                MaskLayout.TRENCH, ObjectsFormat.TSV);
    }

    public PackageOptions {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(submission, "submission");
        hypotheses = hypotheses == null || hypotheses.isBlank() ? "final" : hypotheses.strip();
        threads = Math.max(1, threads);
        progress = progress == null ? ProgressListener.NONE : progress;
        layout = layout == null ? MaskLayout.TRENCH : layout;
        objectsFormat = objectsFormat == null ? ObjectsFormat.TSV : objectsFormat;
    }
}
