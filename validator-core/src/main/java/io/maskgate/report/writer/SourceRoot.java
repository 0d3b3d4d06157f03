package io.maskgate.report.writer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The folder SARIF URIs are relative to. GitHub code scanning resolves relative URIs from the repository root, so
 * the root of the git work tree holding the target is the natural base; without git, a caller-given fallback (the
 * Maven {@code basedir}, the working directory).
 */
public final class SourceRoot {

    /** How long {@code git rev-parse} may take before it is given up. */
    private static final long GIT_TIMEOUT_SECONDS = 10;

    private SourceRoot() {
    }

    /**
     * The base for {@code target}: {@code explicit} when given; else the git work tree holding the target; else
     * {@code fallback} when the target lies inside it; else null (URIs relative to the target itself).
     */
    public static Path resolve(Path explicit, Path target, Path fallback) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        Path folder = folderOf(target);
        if (folder == null) {
            return null;
        }
        Optional<Path> git = gitTopLevel(folder);
        if (git.isPresent()) {
            return git.get();
        }
        if (fallback != null) {
            Path base = fallback.toAbsolutePath().normalize();
            if (folder.startsWith(base)) {
                return base;
            }
        }
        return null;
    }

    /** The target's folder (the target itself, or the folder of a file), absolute; null when it does not exist. */
    private static Path folderOf(Path target) {
        try {
            Path p = target.toAbsolutePath().normalize();
            if (Files.isRegularFile(p)) {
                p = p.getParent();
            }
            return p != null && Files.isDirectory(p) ? p : null;
        } catch (InvalidPathException | SecurityException e) {
            return null;
        }
    }

    /** {@code git rev-parse --show-toplevel} run in {@code folder}; empty without git or outside a work tree. */
    static Optional<Path> gitTopLevel(Path folder) {
        ProcessBuilder pb = new ProcessBuilder(List.of("git", "rev-parse", "--show-toplevel"))
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p;
        try {
            p = pb.start();
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // no git on this machine
        }
        try (InputStream out = p.getInputStream()) {
            p.getOutputStream().close();
            byte[] bytes = out.readNBytes(64 * 1024);
            if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            String line = new String(bytes, StandardCharsets.UTF_8).strip();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Path.of(line).toAbsolutePath().normalize());
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            p.destroy();
        }
    }
}
