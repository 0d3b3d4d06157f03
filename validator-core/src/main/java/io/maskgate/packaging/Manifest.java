package io.maskgate.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * BagIt-style {@code manifest-sha256.txt} of a dataset folder: one {@code <sha256>  <path>} line per file, paths
 * relative to the folder with {@code /}, sorted; the format {@code sha256sum -c} reads. It sits in
 * {@code extras/} because a top-level file of the upload that no metadata row names is not allowed.
 */
final class Manifest {

    static final String FILE = "extras/manifest-sha256.txt";

    private Manifest() {
    }

    static void write(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted(java.util.Comparator.comparing(p -> posix(dir, p))).toList();
        }
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[1 << 16];
        MessageDigest md = SourceStore.sha256();
        for (Path f : files) {
            String rel = posix(dir, f);
            if (rel.equals(FILE)) {
                continue;
            }
            md.reset();
            try (InputStream in = Files.newInputStream(f)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
            sb.append(HexFormat.of().formatHex(md.digest())).append("  ").append(rel).append('\n');
        }
        Files.writeString(dir.resolve(FILE), sb.toString(), StandardCharsets.UTF_8);
    }

    static String posix(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
