package io.maskgate.maven;

import io.maskgate.engine.RemoteAccess;
import io.maskgate.engine.Validator;
import io.maskgate.report.Report;
import io.maskgate.report.writer.ReportFiles;
import io.maskgate.report.writer.ReportFormat;
import io.maskgate.report.writer.ReportStyle;
import io.maskgate.report.writer.SourceRoot;
import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What both goals do with each target: validate it and write its report files. */
final class Targets {

    private Targets() {
    }

    /** The report of one target; the caller closes it (its findings may be in a temporary file). */
    static Report validate(String target, RemoteAccess access, ValidationOptions options) throws MojoExecutionException {
        try {
            return new Validator().validate(target, access, options);
        } catch (UsageException e) {
            throw new MojoExecutionException("maskgate: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("maskgate: internal error while validating " + target + ": " + e, e);
        }
    }

    /**
     * The style of one target's report files: SARIF URIs relative to {@code sarifBase} when set, else to the git
     * work tree holding the target (what GitHub code scanning expects), else to the project directory.
     */
    static ReportStyle style(ReportStyle base, List<ReportFormat> formats, File sarifBase, String target, File basedir) {
        if (!formats.contains(ReportFormat.SARIF)) {
            return base;
        }
        if (io.maskgate.engine.Targets.isRemote(target)) { // no work tree: URIs relative to the store unless told
            return base.withSourceRoot(sarifBase == null ? null : sarifBase.toPath());
        }
        return base.withSourceRoot(SourceRoot.resolve(sarifBase == null ? null : sarifBase.toPath(), Path.of(target),
                basedir == null ? null : basedir.toPath()));
    }

    /** Writes {@code maskgate-report.<ext>} for every format into {@code dir}; returns the files. */
    static List<Path> writeReports(Report report, List<ReportFormat> formats, Path dir, ReportStyle style, Log log)
            throws MojoExecutionException {
        if (formats.isEmpty()) {
            return List.of();
        }
        try {
            List<Path> written = ReportFiles.writeAll(report, formats, dir, style);
            for (Path p : written) {
                log.info("maskgate: wrote " + p);
            }
            return written;
        } catch (IOException e) {
            throw new MojoExecutionException("maskgate: cannot write reports to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The report directory of each target: {@code root} itself for one target, otherwise a sub-directory
     * named after the target, numbered when two targets share a name.
     */
    static List<Path> reportDirectories(List<String> targets, Path root) {
        if (targets.size() == 1) {
            return List.of(root);
        }
        List<Path> dirs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : targets) {
            // The last segment of a path or an address (s3://bucket/store.zarr/ -> store.zarr).
            String trimmed = t.trim().replaceAll("[/\\\\]+$", "");
            String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
            String base = last.isEmpty() || last.endsWith(":") || last.equals("..") || last.equals(".") ? "target" : last;
            String dir = base;
            for (int n = 2; !seen.add(dir); n++) {
                dir = base + "-" + n;
            }
            dirs.add(root.resolve(dir));
        }
        return dirs;
    }
}
