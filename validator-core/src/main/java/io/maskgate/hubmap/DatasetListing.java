package io.maskgate.hubmap;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every path of a dataset directory as HuBMAP lists it: POSIX paths relative to the dataset, files
 * (and symbolic links, which are not followed) by name, an empty folder as {@code "dir/"}; sorted.
 *
 * @param paths    the listing
 * @param failures folders or files that could not be read, relative, with the reason
 */
public record DatasetListing(List<String> paths, List<Failure> failures) {

    /** A part of the tree that could not be listed. */
    public record Failure(String path, String reason) {
    }

    public DatasetListing {
        paths = List.copyOf(paths);
        failures = List.copyOf(failures);
    }

    /** Lists {@code dataset}; never throws for unreadable parts (they become {@link Failure}s). */
    public static DatasetListing of(Path dataset) {
        List<String> paths = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        Path root = dataset.toAbsolutePath().normalize();
        // entries seen per open folder, to list empty folders as "dir/"
        Deque<int[]> counts = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!counts.isEmpty()) {
                        counts.peek()[0]++;
                    }
                    counts.push(new int[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!counts.isEmpty()) {
                        counts.peek()[0]++;
                    }
                    paths.add(relative(root, file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!counts.isEmpty()) {
                        counts.peek()[0]++;
                    }
                    String rel = relative(root, file);
                    failures.add(new Failure(rel, reason(e)));
                    // it exists, so it is listed (a folder as "dir/"): only its unreadable content stays unknown,
                    // and the failure is reported once instead of also as a missing required entry
                    if (!rel.isEmpty()) {
                        paths.add(Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? rel + "/" : rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    int seen = counts.pop()[0];
                    if (e != null) {
                        failures.add(new Failure(relative(root, dir), reason(e)));
                    } else if (seen == 0 && !dir.equals(root)) {
                        paths.add(relative(root, dir) + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new Failure("", reason(e)));
        }
        paths.sort(null);
        failures.sort((a, b) -> a.path().compareTo(b.path()));
        return new DatasetListing(paths, failures);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }

    /** The reason without the absolute path Java puts in file-system exception messages. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it disappeared while being listed";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
