package io.maskgate.maven;

import io.maskgate.engine.FailOn;
import io.maskgate.engine.Outcome;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.rules.Finding;
import io.maskgate.validation.ValidationOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the targets, logs one line per finding, writes the report files and fails the build on
 * findings at or above {@code failOnSeverity} (BUILD FAILURE); I/O, config and internal problems and
 * invalid parameter values are BUILD ERRORs. Every parameter is also a user property
 * ({@code -Dmaskgate.NAME=...}), which wins unless the POM sets the parameter in the plugin's configuration.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    /**
     * Mask stores, HuBMAP upload or dataset folders, or OME-TIFF files; relative paths are resolved against
     * the project directory. Zarr stores may also be remote: {@code https://host/path/store.zarr},
     * {@code s3://bucket/prefix}. As a property: comma-separated, {@code -Dmaskgate.targets=a.zarr,b.zarr}.
     */
    @Parameter(property = "maskgate.targets")
    List<String> targets;

    /** Lowest severity that fails the build: {@code ERROR}, {@code WARNING}, {@code INFO}, or {@code NEVER}. */
    @Parameter(property = "maskgate.failOnSeverity", defaultValue = "ERROR")
    String failOnSeverity;

    /** Fail the build on findings at or above {@code failOnSeverity}; false only reports. */
    @Parameter(property = "maskgate.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Findings at or above the threshold tolerated before the build fails (over all targets). */
    @Parameter(property = "maskgate.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Report formats, comma-separated: {@code text}, {@code json}, {@code tsv}, {@code xlsx}, {@code sarif}, {@code junit}. */
    @Parameter(property = "maskgate.formats", defaultValue = "json,sarif")
    List<String> formats;

    /**
     * Where report files go, as {@code maskgate-report.<ext>}. With several targets each gets a
     * sub-directory named after the target (numbered when two targets share a name).
     */
    @Parameter(property = "maskgate.reportDirectory", defaultValue = "${project.build.directory}/maskgate")
    File reportDirectory;

    /** JSON config that re-classifies or ignores findings by code and path glob. */
    @Parameter(property = "maskgate.configFile")
    File configFile;

    /** Skip the goal. */
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

    /** At most this many findings are logged one per line (0 = all); the report files always hold every finding. */
    @Parameter(property = "maskgate.maxLoggedFindings", defaultValue = "1000")
    int maxLoggedFindings;

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
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("maskgate: skipped (maskgate.skip)");
            return;
        }
        FailOn failOn = Parameters.failOn(failOnSeverity);
        List<ReportFormat> reportFormats = Parameters.formats(formats);
        Parameters.requireNonNegative("maxAllowedViolations", maxAllowedViolations, "no finding tolerated");
        Parameters.requireNonNegative("maxLoggedFindings", maxLoggedFindings, "log all");
        List<String> paths = Parameters.targets(targets, basedir);
        ValidationOptions options = Parameters.options(new Parameters.Scan(configFile, metadataOnly, sample,
                threads, minObjectArea, hubmapSchema, profile, agreement, agreementReference, agreementLate,
                Parameters.allowRoots(allowRoots, basedir), maxDocumentSize), log);
        List<Path> directories = Targets.reportDirectories(paths, reportDirectory.toPath());
        // JUnit failures are the findings that fail this build, so the CI test tab agrees with the build result.
        ReportStyle style = ReportStyle.defaults().withFailOn(failOnViolation ? failOn : FailOn.NEVER);
        List<Report> reports = new ArrayList<>();
        long logged = 0;
        long folded = 0;
        for (int i = 0; i < paths.size(); i++) {
            String target = paths.get(i);
            log.info("maskgate: validating " + target);
            try (Report report = Targets.validate(target, Parameters.remoteAccess(target, s3Endpoint, s3Region), options)) {
                reports.add(report); // closed: the outcome below needs only its summary
                long room = maxLoggedFindings > 0 ? Math.max(0, maxLoggedFindings - logged) : Long.MAX_VALUE;
                long now = logFindings(report, room, log);
                logged += now;
                folded += report.findings().size() - now;
                Targets.writeReports(report, reportFormats, directories.get(i),
                        Targets.style(style, reportFormats, sarifBase, target, basedir), log);
                log.info("maskgate: " + target + " (" + report.target().kind() + "): "
                        + Outcome.of(report, failOn).counts());
            }
        }
        if (folded > 0) {
            log.warn("maskgate: " + folded + (folded == 1 ? " more finding" : " more findings")
                    + " not logged (maxLoggedFindings=" + maxLoggedFindings + "); the report files hold all of them");
        }
        Outcome outcome = Outcome.of(reports, failOnViolation ? failOn : FailOn.NEVER, maxAllowedViolations);
        String line = "maskgate: " + outcome.counts() + " in " + reports.size()
                + (reports.size() == 1 ? " target; " : " targets; ") + outcome.verdict();
        if (outcome.failed()) {
            throw new MojoFailureException(line + " (reports in " + reportDirectory + ")");
        }
        if (outcome.summary().total() > 0) {
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    /** Logs at most {@code room} findings at their own level; returns how many were logged. */
    private static long logFindings(Report report, long room, Log log) {
        long logged = 0;
        for (Finding f : report.findings()) {
            if (logged == room) {
                break;
            }
            String line = FindingLines.oneLine(f);
            switch (f.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
            logged++;
        }
        return logged;
    }
}
