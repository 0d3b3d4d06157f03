package io.maskgate.zarr.chunk;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.zarr.ChunkKeyEncoding;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds files in an array folder that are neither its {@code zarr.json} nor the key of a chunk
 * inside the chunk grid: keys outside the grid, keys in another encoding or with the wrong
 * separator, and unrelated files. Walks the tree once, classifying each file by parsing its name;
 * it never builds the set of expected keys, so memory stays flat for any number of chunks.
 */
public final class StrayFileScanner {

    private static final RuleMeta RULE = RuleMeta.of(ChunkStrayFile.class);

    private final ChunkKeyEncoding encoding;
    private final long[] grid;
    private final long[] parsed;

    /** @param gridShape chunks along each dimension */
    public StrayFileScanner(ChunkKeyEncoding encoding, long[] gridShape) {
        this.encoding = encoding;
        this.grid = gridShape.clone();
        this.parsed = new long[gridShape.length];
    }

    /**
     * Reports every stray file under {@code arrayDir} as a ZARR_CHUNK_STRAY_FILE finding (in the
     * file system's order; reports sort findings). Not thread-safe: one scanner per walk.
     *
     * @param filePrefix the array folder relative to the validation target ({@code "data"})
     * @return the number of stray files
     */
    public long scan(Path arrayDir, String filePrefix, FindingSink sink) throws IOException {
        String prefix = filePrefix == null || filePrefix.isEmpty() ? "" : (filePrefix.endsWith("/") ? filePrefix : filePrefix + "/");
        long[] count = {0};
        StringBuilder rel = new StringBuilder();
        Files.walkFileTree(arrayDir, new SimpleFileVisitor<>() {
            private int[] marks = new int[16];
            private int depth = -1;

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (depth >= 0) {
                    if (depth == marks.length) {
                        marks = Arrays.copyOf(marks, depth * 2);
                    }
                    marks[depth] = rel.length();
                    rel.append(dir.getFileName()).append('/');
                }
                depth++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                depth--;
                if (depth >= 0) {
                    rel.setLength(marks[depth]);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                int mark = rel.length();
                rel.append(file.getFileName());
                Optional<String> why = classify(rel);
                if (why.isPresent()) {
                    count[0]++;
                    sink.accept(RULE.finding(prefix + rel, Location.NONE, "stray file in the array folder: " + why.get()));
                }
                rel.setLength(mark);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return count[0];
    }

    /**
     * Why {@code relativePath} (with {@code /} separators) is a stray file, or empty when it is the
     * array's {@code zarr.json} or a chunk key inside the grid.
     */
    public Optional<String> classify(CharSequence relativePath) {
        String rel = relativePath.toString();
        if (rel.equals("zarr.json")) {
            return Optional.empty();
        }
        boolean dflt = "default".equals(encoding.name());
        char sep = encoding.separator();
        if (parse(rel, dflt, sep)) {
            for (int d = 0; d < grid.length; d++) {
                if (parsed[d] >= grid[d]) {
                    return Optional.of("chunk key outside the chunk grid " + Arrays.toString(grid));
                }
            }
            return Optional.empty();
        }
        char other = sep == '/' ? '.' : '/';
        if (parse(rel, dflt, other)) {
            return Optional.of("a chunk key with separator '" + other + "', but the array's chunk_key_encoding uses '" + sep + "'");
        }
        if (parse(rel, !dflt, sep) || parse(rel, !dflt, other)) {
            return Optional.of("a chunk key of the '" + (dflt ? "v2" : "default") + "' encoding, but the array uses '"
                    + encoding.name() + "'");
        }
        return Optional.of("not a chunk key of this array (rank " + grid.length + ", " + encoding.name()
                + " encoding, separator '" + sep + "')");
    }

    /** Parses a key of the given form into {@link #parsed}; false when it is not one. */
    private boolean parse(String key, boolean defaultEncoding, char sep) {
        int rank = grid.length;
        int pos = 0;
        if (defaultEncoding) {
            if (key.isEmpty() || key.charAt(0) != 'c') {
                return false;
            }
            if (rank == 0) {
                return key.length() == 1;
            }
            if (key.length() < 2 || key.charAt(1) != sep) {
                return false;
            }
            pos = 2;
        } else if (rank == 0) {
            return key.equals("0");
        }
        for (int d = 0; d < rank; d++) {
            int end = key.indexOf(sep, pos);
            if (end < 0) {
                end = key.length();
            }
            if (d < rank - 1 ? end == key.length() : end != key.length()) {
                return false;
            }
            long v = decimal(key, pos, end);
            if (v < 0) {
                return false;
            }
            parsed[d] = v;
            pos = end + 1;
        }
        return true;
    }

    /** A canonical non-negative decimal (no sign, no leading zeros), or -1. */
    private static long decimal(String s, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > 18 || (len > 1 && s.charAt(from) == '0')) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
