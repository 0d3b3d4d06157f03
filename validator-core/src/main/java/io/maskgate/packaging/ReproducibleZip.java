package io.maskgate.packaging;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips a folder so that the same content gives the same bytes: entries sorted by path, every timestamp
 * 1980-01-01 00:00 (DOS time, no time zone), no file modes or extra fields, one compression level.
 */
final class ReproducibleZip {

    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    /** Writes the content of {@code dir} under the top folder {@code name}/ to {@code zip}. */
    static void write(Path dir, String name, Path zip) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.walk(dir)) {
            entries = s.filter(p -> !p.equals(dir))
                    .sorted(Comparator.comparing(p -> Manifest.posix(dir, p))).toList();
        }
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(6);
            out.putNextEntry(entry(name + "/"));
            out.closeEntry();
            for (Path p : entries) {
                String rel = name + "/" + Manifest.posix(dir, p);
                boolean folder = Files.isDirectory(p);
                out.putNextEntry(entry(folder ? rel + "/" : rel));
                if (!folder) {
                    Files.copy(p, out);
                }
                out.closeEntry();
            }
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(EPOCH);
        return e;
    }
}
