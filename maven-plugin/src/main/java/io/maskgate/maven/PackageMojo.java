package io.maskgate.maven;

import io.maskgate.engine.Outcome;
import io.maskgate.engine.PeriodicProgress;
import io.maskgate.engine.Packaging;
import io.maskgate.report.writer.ReportFiles;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.rules.Finding;
import io.maskgate.validation.UsageException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Packages a mask store as a HuBMAP segmentation-mask upload ({@code maskgate package}) and validates the upload;
 * findings in it fail the build, I/O and configuration problems are build errors.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class PackageMojo extends AbstractMojo {

    /** The mask store folder (holding zarr.json). */
    @Parameter(property = "maskgate.store", required = true)
    File store;

    /** The upload folder to create; it must not exist or be empty. */
    @Parameter(property = "maskgate.out", defaultValue = "${project.build.directory}/maskgate-upload")
    File out;

    /** The submission file (JSON with the metadata values and contributors; see maskgate package --init-submission). */
    @Parameter(property = "maskgate.submission", required = true)
    File submission;

    /** {@code final}, {@code all} or epochs such as {@code 50,3999}. */
    @Parameter(property = "maskgate.hypotheses", defaultValue = "final")
    String hypotheses;

    /** Package even when required submission values are missing; they are reported as findings (and fail the build). */
    @Parameter(property = "maskgate.allowIncomplete", defaultValue = "false")
    boolean allowIncomplete;

    /**
     * {@code trench}: one OME-TIFF per trench crop; {@code fov}: one per field of view, each trench put back at its
     * {@code trench_mapping} bounds in the full frame (flipped back where {@code needs_flip}).
     */
    @Parameter(property = "maskgate.layout", defaultValue = "trench")
    String layout;

    /**
     * {@code tsv}: {@code cells-objects.tsv}, any size; {@code xlsx}: {@code cells-objects.xlsx} instead, only when
     * every table fits one sheet (1,048,576 rows), otherwise the build fails before anything is written.
     */
    @Parameter(property = "maskgate.objectsFormat", defaultValue = "tsv")
    String objectsFormat;

    /** Also write {@code <out>.zip}, reproducibly. */
    @Parameter(property = "maskgate.zip", defaultValue = "false")
    boolean zip;

    /** Worker threads; 0 = the number of processors. */
    @Parameter(property = "maskgate.threads", defaultValue = "0")
    int threads;

    /** Formats of the upload's validation report. */
    @Parameter(property = "maskgate.formats", defaultValue = "json")
    List<String> formats;

    /** Where the validation report goes. */
    @Parameter(property = "maskgate.reportDirectory", defaultValue = "${project.build.directory}/maskgate")
    File reportDirectory;

    /** Skips packaging. */
    @Parameter(property = "maskgate.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("maskgate: skipped (maskgate.skip)");
            return;
        }
        if (threads < 0) {
            throw new MojoExecutionException("maskgate: threads must be 0 (all processors) or more");
        }
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        String maskLayout = layout == null ? "trench" : layout;
        String tableFormat = objectsFormat == null ? "tsv" : objectsFormat;
        Packaging.Request request;
        try {
            request = Packaging.Request.named(store.toPath(), out.toPath(), submission.toPath(), hypotheses,
                    allowIncomplete, zip, workers, new PeriodicProgress(line -> log.info("maskgate: " + line)),
                    maskLayout, tableFormat);
        } catch (UsageException e) {
            throw new MojoExecutionException("maskgate: layout/objectsFormat (maskgate.layout, maskgate.objectsFormat): "
                    + e.getMessage(), e);
        }
        log.info("maskgate: packaging " + store + " into " + out + " (layout " + maskLayout + ", objects table "
                + tableFormat + ")");
        try (Packaging.Result r = new Packaging(new io.maskgate.engine.Validator()).run(request)) {
            if (r.refused() != null) {
                throw new MojoFailureException("maskgate: cannot package " + store + ": " + inMavenTerms(r.refused()));
            }
            log.info("maskgate: wrote " + r.upload() + (r.zip() != null ? " and " + r.zip() : ""));
            r.summary().forEach(line -> log.info("maskgate: " + line));
            for (Finding f : r.report().findings()) {
                String line = FindingLines.oneLine(f);
                switch (f.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
            writeReports(r, log);
            Outcome outcome = r.outcome();
            String line = "maskgate: validation of the upload: " + outcome.counts() + "; " + outcome.verdict();
            if (outcome.failed()) {
                throw new MojoFailureException(line);
            }
            log.info(line);
        } catch (UsageException e) {
            throw new MojoExecutionException("maskgate: " + inMavenTerms(e.getMessage()), e);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException("maskgate: packaging " + store + " failed: " + e, e);
        }
    }

    /** The core's messages name command-line options; a build names the goal's parameters and properties. */
    static String inMavenTerms(String message) {
        return message.replace("pass --allow-incomplete", "set allowIncomplete (-Dmaskgate.allowIncomplete=true)")
                .replace("--allow-incomplete", "allowIncomplete (maskgate.allowIncomplete)")
                .replace("--objects-format", "objectsFormat (maskgate.objectsFormat)")
                .replace("--layout", "layout (maskgate.layout)")
                .replace("--hypotheses", "hypotheses (maskgate.hypotheses)")
                .replace("--out ", "out (maskgate.out) ");
    }

    private void writeReports(Packaging.Result r, Log log) throws MojoExecutionException {
        try {
            List<ReportFormat> chosen = (formats == null ? List.<String>of() : formats).stream().map(ReportFormat::parse)
                    .distinct().toList();
            Path dir = reportDirectory.toPath();
            for (Path p : ReportFiles.writeAll(r.report(), chosen, dir, ReportStyle.defaults())) {
                log.info("maskgate: wrote " + p);
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("maskgate: formats: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("maskgate: cannot write reports to " + reportDirectory + ": " + e.getMessage(), e);
        }
    }
}
