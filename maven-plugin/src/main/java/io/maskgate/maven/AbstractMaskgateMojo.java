package io.maskgate.maven;

import io.maskgate.engine.FailOn;
import io.maskgate.engine.Outcome;
import io.maskgate.engine.PeriodicProgress;
import io.maskgate.engine.Validator;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFiles;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.rules.Finding;
import io.maskgate.rules.RulePolicy;
import io.maskgate.validation.InvalidOptionException;
import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@code check} and {@code report} goals share: validate every target, log one line per
 * finding, write the report files. The thinking is in the core ({@link Validator}, {@link Outcome}).
 */
abstract class AbstractMaskgateMojo extends AbstractMojo {

    /** Mask stores, HuBMAP upload or dataset folders, or OME-TIFF files; relative paths are resolved against the project. */
    @Parameter(required = true)
    List<File> targets;

    /** Lowest severity that fails the build: {@code ERROR}, {@code WARNING}, {@code INFO}, or {@code NEVER}. */
    @Parameter(property = "maskgate.failOnSeverity", defaultValue = "ERROR")
    String failOnSeverity;

    /** Fail the build on findings at or above {@code failOnSeverity}; false only reports. */
    @Parameter(property = "maskgate.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Findings at or above the threshold tolerated before the build fails (over all targets). */
    @Parameter(property = "maskgate.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Report formats: {@code text}, {@code json}, {@code tsv}, {@code xlsx}, {@code sarif}, {@code junit}. */
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
     * Hypothesis agreement of mask stores: {@code auto} (on for more than one hypothesis), {@code true} or
     * {@code false}. Its tables go into the reports and {@code maskgate-agreement-intervals.tsv} beside them.
     */
    @Parameter(property = "maskgate.agreement", defaultValue = "auto")
    String agreement = "auto";

    /** Epoch of the agreement's reference hypothesis (default: the last hypothesis). */
    @Parameter(property = "maskgate.agreementReference")
    Integer agreementReference;

    /** How many of the last hypotheses are compared among themselves for ambiguous intervals. */
    @Parameter(property = "maskgate.agreementLate", defaultValue = "5")
    int agreementLate = ValidationOptions.DEFAULT_AGREEMENT_LATE;

    /** At most this many findings are logged one per line (0 = all); the report files always hold every finding. */
    @Parameter(property = "maskgate.maxLoggedFindings", defaultValue = "1000")
    int maxLoggedFindings;

    /** True for the gate goal, false for the report-only goal. */
    abstract boolean gate();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("maskgate: skipped (maskgate.skip)");
            return;
        }
        FailOn failOn = parseFailOn();
        List<ReportFormat> reportFormats = parseFormats();
        ValidationOptions options = options(log);
        if (targets == null || targets.isEmpty()) {
            throw new MojoExecutionException("maskgate: no targets configured (<targets><target>path</target></targets>)");
        }
        List<Report> reports = new ArrayList<>();
        long logged = 0;
        long folded = 0;
        List<String> directories = reportDirectoryNames();
        for (int i = 0; i < targets.size(); i++) {
            Path target = targets.get(i).toPath();
            log.info("maskgate: validating " + target);
            // Closed once written: its findings may be in a temporary file; the outcome needs only its summary.
            try (Report report = validate(target, options)) {
                reports.add(report);
                long room = maxLoggedFindings > 0 ? Math.max(0, maxLoggedFindings - logged) : Long.MAX_VALUE;
                long now = logFindings(report, room, log);
                logged += now;
                folded += report.findings().size() - now;
                Path dir = directories.size() == 1 ? reportDirectory.toPath() : reportDirectory.toPath().resolve(directories.get(i));
                writeReports(report, reportFormats, dir, log);
                log.info("maskgate: " + target + " (" + report.target().kind() + "): "
                        + Outcome.of(report, failOn).counts());
            }
        }
        if (folded > 0) {
            log.warn("maskgate: " + folded + (folded == 1 ? " more finding" : " more findings")
                    + " not logged (maxLoggedFindings=" + maxLoggedFindings + "); the report files hold all of them");
        }
        boolean fails = gate() && failOnViolation;
        Outcome outcome = Outcome.of(reports, fails ? failOn : FailOn.NEVER, maxAllowedViolations);
        String line = "maskgate: " + outcome.counts() + " in " + plural(reports.size(), "target") + "; "
                + outcome.verdict();
        if (outcome.failed()) {
            throw new MojoFailureException(line + " (reports in " + reportDirectory + ")");
        }
        if (outcome.summary().total() > 0) {
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    private Report validate(Path target, ValidationOptions options) throws MojoExecutionException {
        try {
            return new Validator().validate(target, options);
        } catch (UsageException e) {
            throw new MojoExecutionException("maskgate: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("maskgate: internal error while validating " + target + ": " + e, e);
        }
    }

    private FailOn parseFailOn() throws MojoExecutionException {
        try {
            return FailOn.parse(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("maskgate: failOnSeverity: " + e.getMessage(), e);
        }
    }

    private List<ReportFormat> parseFormats() throws MojoExecutionException {
        Set<ReportFormat> result = new LinkedHashSet<>();
        for (String f : formats == null ? List.<String>of() : formats) {
            try {
                result.add(ReportFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("maskgate: formats: " + e.getMessage(), e);
            }
        }
        return List.copyOf(result);
    }

    /** {@code auto} is null (the core decides by hypothesis count); anything but true/false is an error. */
    private static Boolean agreement(String value) throws MojoExecutionException {
        String v = value == null ? "auto" : value.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "auto", "" -> null;
            case "true", "on" -> Boolean.TRUE;
            case "false", "off" -> Boolean.FALSE;
            default -> throw new MojoExecutionException("maskgate: agreement must be auto, true or false, was '"
                    + value + "'");
        };
    }

    private ValidationOptions options(Log log) throws MojoExecutionException {
        ValidationOptions.Builder b = ValidationOptions.builder()
                .metadataOnly(metadataOnly)
                .sampleTrenches(sample)
                .minObjectArea(minObjectArea)
                .hubmapSchemaMode(hubmapSchema)
                .agreement(agreement(agreement))
                .agreementReference(agreementReference)
                .agreementLate(agreementLate)
                .progress(new PeriodicProgress(line -> log.info("maskgate: " + line)));
        if (threads != 0) { // 0 = the number of processors, the builder's default
            b.threads(threads);
        }
        if (configFile != null) {
            b.configFile(configFile.toPath());
        }
        try {
            InvalidOptionException.requireAtLeast("maxAllowedViolations", maxAllowedViolations, 0);
            return b.build();
        } catch (InvalidOptionException | RulePolicy.ConfigException e) {
            throw new MojoExecutionException("maskgate: " + e.getMessage(), e);
        }
    }

    /** Sub-directory names when there are several targets: the target's name, numbered on clashes. */
    private List<String> reportDirectoryNames() {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (File t : targets) {
            String base = t.getName().isEmpty() ? "target" : t.getName();
            String name = base;
            for (int n = 2; !seen.add(name); n++) {
                name = base + "-" + n;
            }
            names.add(name);
        }
        return names;
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

    private static void writeReports(Report report, List<ReportFormat> formats, Path dir, Log log)
            throws MojoExecutionException {
        if (formats.isEmpty()) {
            return;
        }
        try {
            for (Path p : ReportFiles.writeAll(report, formats, dir, ReportStyle.defaults())) {
                log.info("maskgate: wrote " + p);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("maskgate: cannot write reports to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
