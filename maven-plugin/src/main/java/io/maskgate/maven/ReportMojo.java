package io.maskgate.maven;

import io.maskgate.engine.FailOn;
import io.maskgate.engine.Outcome;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.validation.ValidationOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The maskgate page of {@code mvn site} (declare the plugin under {@code <reporting>}), or of
 * {@code mvn maskgate:report} alone: every target's findings, counts by rule and what was checked, with the
 * report files beside the page. It never fails on findings; bad parameter values and I/O problems fail it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractMavenReport {

    /** The page's name, {@code maskgate.html}, and the folder of the report files beside it. */
    static final String OUTPUT_NAME = "maskgate";

    /**
     * Mask stores, HuBMAP upload or dataset folders, or OME-TIFF files; relative paths are resolved against
     * the project directory. Zarr stores may also be remote: {@code https://host/path/store.zarr},
     * {@code s3://bucket/prefix}. As a property: comma-separated, {@code -Dmaskgate.targets=a.zarr,b.zarr}.
     */
    @Parameter(property = "maskgate.targets")
    List<String> targets;

    /**
     * Report files written beside the page (in {@code maskgate/}, a sub-directory per target when there are
     * several) and linked from it, comma-separated: {@code text}, {@code json}, {@code tsv}, {@code xlsx},
     * {@code sarif}, {@code junit}.
     */
    @Parameter(property = "maskgate.formats", defaultValue = "json")
    List<String> formats;

    /** Findings listed on the page per target (0 = all); the report files always hold every finding. */
    @Parameter(property = "maskgate.maxListedFindings", defaultValue = "1000")
    int maxListedFindings;

    /** JSON config that re-classifies or ignores findings by code and path glob. */
    @Parameter(property = "maskgate.configFile")
    File configFile;

    /** Skip the report. */
    @Parameter(property = "maskgate.skip", defaultValue = "false")
    boolean skip;

    /** Check metadata only; skip the pixel scan of mask stores. */
    @Parameter(property = "maskgate.metadataOnly", defaultValue = "false")
    boolean metadataOnly;

    /** Scan the pixels of this many trenches per hypothesis (0 = all). */
    @Parameter(property = "maskgate.sample", defaultValue = "0")
    int sample;

    /** Worker threads for pixel scans (0 = number of processors). */
    @Parameter(property = "maskgate.threads", defaultValue = "0")
    int threads;

    /** Report objects smaller than this many pixels. */
    @Parameter(property = "maskgate.minObjectArea", defaultValue = "15")
    int minObjectArea;

    /** HuBMAP directory-schema versions accepted: {@code latest} or {@code any-minor}. */
    @Parameter(property = "maskgate.hubmapSchema", defaultValue = "latest")
    String hubmapSchema;

    /**
     * Checks of a Zarr v3 target: {@code auto} (the mask-store profile when the root has the mask-store attributes
     * or data is a 5-D uint8 array, plain Zarr otherwise), {@code mask-store} or {@code generic} (every node's
     * metadata and every chunk of every array).
     */
    @Parameter(property = "maskgate.profile", defaultValue = "auto")
    String profile = "auto";

    /**
     * Folder SARIF URIs are relative to. Default: the root of the git work tree holding each target (what GitHub
     * code scanning expects), else the project's base directory.
     */
    @Parameter(property = "maskgate.sarifBase")
    File sarifBase;

    /** An S3-compatible server for {@code s3://} targets (path-style), e.g. {@code http://minio:9000}; AWS when unset. */
    @Parameter(property = "maskgate.s3Endpoint")
    String s3Endpoint;

    /** The region of {@code s3://} targets; the AWS default chain when unset. */
    @Parameter(property = "maskgate.s3Region")
    String s3Region;

    /**
     * Hypothesis agreement of mask stores: {@code auto} (on for more than one hypothesis), {@code true} or
     * {@code false}. Its tables go into the reports, and with the {@code tsv} format {@code maskgate-agreement-intervals.tsv} beside them.
     */
    @Parameter(property = "maskgate.agreement", defaultValue = "auto")
    String agreement = "auto";

    /** Epoch of the agreement's reference hypothesis (default: the last hypothesis). */
    @Parameter(property = "maskgate.agreementReference")
    Integer agreementReference;

    /** How many of the last hypotheses are compared among themselves for ambiguous intervals. */
    @Parameter(property = "maskgate.agreementLate", defaultValue = "5")
    int agreementLate = ValidationOptions.DEFAULT_AGREEMENT_LATE;

    /**
     * Folders outside the default input boundary that links in a target may lead to (comma-separated in the
     * property); relative ones are resolved against the project directory. By default only links inside the git
     * repository holding the target (else inside the target folder) are followed.
     */
    @Parameter(property = "maskgate.allowRoots")
    List<String> allowRoots = new ArrayList<>();

    /**
     * Largest document read whole ({@code zarr.json}, HuBMAP TSVs, the config file, OME-XML), in bytes or with
     * KiB/MiB/GiB (e.g. {@code 64MiB}); a larger one is a finding and is not read.
     */
    @Parameter(property = "maskgate.maxDocumentSize", defaultValue = "16MiB")
    String maxDocumentSize = "16MiB";

    /** The project directory, against which relative targets are resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public String getOutputPath() {
        return OUTPUT_NAME;
    }

    @Override
    @SuppressWarnings("deprecation") // still abstract in maven-reporting-api 4.0.0; getOutputPath() replaces it
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "maskgate";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of maskgate on the project's segmentation-mask datasets.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("maskgate: skipped (maskgate.skip)");
        }
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            render();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    private void render() throws MojoExecutionException {
        Log log = getLog();
        List<ReportFormat> reportFormats = Parameters.formats(formats);
        Parameters.requireNonNegative("maxListedFindings", maxListedFindings, "list all");
        List<String> paths = Parameters.targets(targets, basedir);
        ValidationOptions options = Parameters.options(new Parameters.Scan(configFile, metadataOnly, sample, threads,
                minObjectArea, hubmapSchema, profile, agreement, agreementReference, agreementLate,
                Parameters.allowRoots(allowRoots, basedir), maxDocumentSize), log);
        Path pageDir = getReportOutputDirectory().toPath();
        List<Path> directories = Targets.reportDirectories(paths, pageDir.resolve(OUTPUT_NAME));
        List<ReportPage.Section> sections = new ArrayList<>();
        try {
            for (int i = 0; i < paths.size(); i++) {
                String target = paths.get(i);
                log.info("maskgate: validating " + target);
                Report report = Targets.validate(target, Parameters.remoteAccess(target, s3Endpoint, s3Region), options);
                // Kept open until the page is rendered: its findings may be in a temporary file.
                sections.add(new ReportPage.Section(shown(target), report, List.of()));
                List<String> files = new ArrayList<>();
                for (Path p : Targets.writeReports(report, reportFormats, directories.get(i),
                        Targets.style(ReportStyle.defaults(), reportFormats, sarifBase, target, basedir), log)) {
                    files.add(pageDir.relativize(p).toString().replace(File.separatorChar, '/'));
                }
                sections.set(i, new ReportPage.Section(shown(target), report, files));
                log.info("maskgate: " + target + " (" + report.target().kind() + "): "
                        + Outcome.of(report, FailOn.NEVER).counts());
            }
            new ReportPage(getSink(), sections, maxListedFindings).render();
        } finally {
            sections.forEach(s -> s.report().close());
        }
    }

    /** The target as the page names it: relative to the project when inside it, a remote address as written. */
    private String shown(String target) {
        if (io.maskgate.engine.Targets.isRemote(target) || basedir == null) {
            return target;
        }
        Path path = Path.of(target);
        return (path.startsWith(basedir.toPath()) ? basedir.toPath().relativize(path) : path).toString();
    }
}
