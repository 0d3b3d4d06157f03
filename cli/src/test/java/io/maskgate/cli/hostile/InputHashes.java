package io.maskgate.cli.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of every entry under a folder, following no link and opening nothing but regular files: SHA-256
 * of each regular file (files of 512 MiB and more, the sparse ones, by size, modification and change time, which
 * any write updates), the target of each link, the kind of everything else.
 */
final class InputHashes {

    private static final long WHOLE_HASH_LIMIT = 512L << 20;

    private InputHashes() {
    }

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                out.put(rel(root, dir) + "/", "dir");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                out.put(rel(root, file), describe(file, attrs));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                out.put(rel(root, file), "unreadable: " + e.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /** What differs between two fingerprints, one line per entry. */
    static List<String> diff(Map<String, String> before, Map<String, String> after) {
        List<String> d = new ArrayList<>();
        for (var e : before.entrySet()) {
            String now = after.get(e.getKey());
            if (now == null) {
                d.add("removed " + e.getKey());
            } else if (!now.equals(e.getValue())) {
                d.add("changed " + e.getKey() + " (" + e.getValue() + " -> " + now + ")");
            }
        }
        for (String k : after.keySet()) {
            if (!before.containsKey(k)) {
                d.add("added " + k);
            }
        }
        return d;
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString();
    }

    private static String describe(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isSymbolicLink()) {
            return "link -> " + Files.readSymbolicLink(file);
        }
        if (!attrs.isRegularFile()) {
            return attrs.isDirectory() ? "dir" : "other";
        }
        if (attrs.size() >= WHOLE_HASH_LIMIT) {
            Object ctime = Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            return "size " + attrs.size() + ", mtime " + attrs.lastModifiedTime() + ", ctime " + ctime;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    sha.update(buf, 0, n);
                }
            }
            return "sha256 " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
