package io.maskgate.maven;

import io.maskgate.engine.FailOn;
import io.maskgate.engine.RemoteAccess;
import io.maskgate.engine.PeriodicProgress;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.rules.RulePolicy;
import io.maskgate.validation.InvalidOptionException;
import io.maskgate.validation.ValidationOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the goals' parameter values into the core's types. A bad value is a {@link MojoExecutionException}
 * (BUILD ERROR) that names the parameter, its user property and what it accepts, whether it came from the
 * POM or from {@code -Dmaskgate.NAME=...}.
 */
final class Parameters {

    private Parameters() {
    }

    /** The values both goals validate with: what and how. */
    record Scan(File configFile, boolean metadataOnly, int sample, int threads,
                int minObjectArea, String hubmapSchema, String profile, String agreement,
                Integer agreementReference, int agreementLate, List<Path> allowRoots, String maxDocumentSize) {
    }

    /** The allowed roots, relative ones resolved against the project directory; an element may hold commas. */
    static List<Path> allowRoots(List<String> roots, File basedir) {
        List<Path> result = new ArrayList<>();
        for (String r : split(roots == null ? List.of() : roots)) {
            Path p = Path.of(r);
            result.add(p.isAbsolute() || basedir == null ? p : basedir.toPath().resolve(p));
        }
        return result;
    }

    /** {@code maskgate: NAME (maskgate.NAME) PROBLEM}: what users see for any rejected value. */
    static MojoExecutionException invalid(String parameter, String problem, Throwable cause) {
        return new MojoExecutionException("maskgate: " + parameter + " (maskgate." + parameter + ") " + problem, cause);
    }

    static FailOn failOn(String failOnSeverity) throws MojoExecutionException {
        try {
            return FailOn.parse(failOnSeverity == null ? "" : failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw invalid("failOnSeverity", "must be ERROR, WARNING, INFO or NEVER, was '" + failOnSeverity + "'", e);
        }
    }

    /** The formats, in order, without repeats; an element may itself be comma-separated. */
    static List<ReportFormat> formats(List<String> formats) throws MojoExecutionException {
        Set<ReportFormat> result = new LinkedHashSet<>();
        for (String f : split(formats)) {
            try {
                result.add(ReportFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw invalid("formats", "must be a comma-separated list of text, json, tsv, xlsx, sarif, junit or html, was '"
                        + f + "'", e);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The targets: remote addresses ({@code https://}, {@code s3://}) as written, local paths made absolute, relative
     * ones resolved against the project directory. Maven splits
     * {@code -Dmaskgate.targets=a,b} into elements; an element with commas (from XML) is split here too.
     */
    static List<String> targets(List<String> targets, File basedir) throws MojoExecutionException {
        List<String> result = new ArrayList<>();
        for (String t : split(targets)) {
            if (io.maskgate.engine.Targets.isRemote(t)) { // a remote Zarr store: kept as written
                result.add(t);
                continue;
            }
            Path p = Path.of(t);
            result.add((p.isAbsolute() || basedir == null ? p : basedir.toPath().resolve(p)).toString());
        }
        if (result.isEmpty()) {
            throw invalid("targets", "is empty: set the property maskgate.targets (comma-separated paths) in the POM's "
                    + "<properties>, pass -Dmaskgate.targets=PATH[,PATH...], or list <targets><target>PATH</target></targets>",
                    null);
        }
        return List.copyOf(result);
    }

    /** The validation options, progress going to {@code log}. */
    static ValidationOptions options(Scan scan, Log log) throws MojoExecutionException {
        ValidationOptions.Builder b = ValidationOptions.builder()
                .metadataOnly(scan.metadataOnly())
                .sampleTrenches(scan.sample())
                .threads(scan.threads())
                .minObjectArea(scan.minObjectArea())
                .hubmapSchemaMode(scan.hubmapSchema())
                .zarrProfile(scan.profile())
                .agreement(agreement(scan.agreement()))
                .agreementReference(scan.agreementReference())
                .agreementLate(scan.agreementLate())
                .allowRoots(scan.allowRoots())
                .maxDocumentSize(scan.maxDocumentSize())
                .progress(new PeriodicProgress(line -> log.info("maskgate: " + line)));
        if (scan.configFile() != null) {
            b.configFile(scan.configFile().toPath());
        }
        try {
            return b.build();
        } catch (InvalidOptionException e) {
            throw invalid(e.option(), e.problem(), e);
        } catch (RulePolicy.ConfigException e) {
            throw new MojoExecutionException("maskgate: configFile (maskgate.configFile): " + e.getMessage(), e);
        }
    }

    /** How {@code s3://} targets are reached; the S3 settings of a POM apply to its s3:// targets only. */
    static RemoteAccess remoteAccess(String target, String s3Endpoint, String s3Region) {
        if (!target.regionMatches(true, 0, "s3://", 0, 5)) {
            return RemoteAccess.defaults();
        }
        return RemoteAccess.defaults().withS3Endpoint(blankToNull(s3Endpoint)).withS3Region(blankToNull(s3Region));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** {@code auto} is null (the core decides by hypothesis count); anything but true/false is an error. */
    private static Boolean agreement(String value) throws MojoExecutionException {
        String v = value == null ? "auto" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "auto", "" -> null;
            case "true", "on" -> Boolean.TRUE;
            case "false", "off" -> Boolean.FALSE;
            default -> throw invalid("agreement", "must be auto, true or false, was '" + value + "'", null);
        };
    }

    /** Fails unless {@code value >= 0}. */
    static void requireNonNegative(String parameter, long value, String zeroMeans) throws MojoExecutionException {
        if (value < 0) {
            throw invalid(parameter, "must be 0 (" + zeroMeans + ") or more, was " + value, null);
        }
    }

    private static List<String> split(List<String> values) {
        List<String> result = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            for (String part : v == null ? new String[0] : v.split(",", -1)) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        }
        return result;
    }
}
