package io.maskgate.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hidden temporary siblings of an output ({@code .NAME.PID-UUID.SUFFIX}), written in full and then moved over the
 * output. The writer's process id in the name lets a later run remove what a killed run ({@code kill -9}, power
 * loss: no shutdown hook runs) left behind, without touching the siblings of a run still in progress.
 */
public final class TempSiblings {

    private TempSiblings() {
    }

    /** A new sibling name for {@code target}, owned by this process. */
    public static Path of(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID() + suffix);
    }

    /**
     * Removes the siblings of {@code target} with {@code suffix} whose process no longer runs; returns how many.
     * Best effort: a sibling that cannot be removed stays (it is hidden and never read).
     */
    public static int removeStale(Path target, String suffix) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        Pattern name = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "(\\d{1,19})-[0-9a-f-]{36}"
                + Pattern.quote(suffix));
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                Matcher m = name.matcher(p.getFileName().toString());
                if (m.matches() && !running(m.group(1)) && deleteTree(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not ours to judge: keep it
        }
    }

    /**
     * Deletes a file or a folder tree, best effort (a sibling left behind is hidden and removed by a later run);
     * symbolic links are removed, never followed. Returns whether it is gone.
     */
    public static boolean deleteTree(Path root) {
        try {
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(root);
                return true;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
