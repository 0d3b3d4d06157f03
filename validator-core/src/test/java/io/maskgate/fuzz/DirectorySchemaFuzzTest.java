package io.maskgate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.maskgate.hubmap.DirectoryOutcome;
import io.maskgate.hubmap.DirectorySchemaCheck;
import io.maskgate.hubmap.DirectorySchemas;
import io.maskgate.hubmap.IgnoreGlobs;
import io.maskgate.validation.HubmapSchemaMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the HuBMAP directory-schema engine with dataset trees: each input line is a relative path, created on
 * disk as a file (or, ending in {@code /}, an empty folder); the dataset is then checked as the validator checks
 * it (listing, schema match in both {@code latest} and {@code any-minor} mode, the directory rules). Segments a
 * file system cannot hold ({@code .}, {@code ..}, NUL, over 200 bytes) are dropped, at most 64 paths per input.
 * Seeds: the listings of a valid segmentation-mask dataset and of a few broken ones.
 */
class DirectorySchemaFuzzTest {

    private static final int MAX_PATHS = 64;
    private static final int MAX_SEGMENT_BYTES = 200;
    private static final int MAX_DEPTH = 8;

    private final DirectorySchemaCheck check = new DirectorySchemaCheck(DirectorySchemas.segmentationMask());

    @TempDir
    Path tmp;

    @FuzzTest(maxDuration = "3s")
    void directoryListing(byte[] listing) throws IOException {
        Path dataset = Files.createDirectories(tmp.resolve("dataset"));
        try {
            int made = 0;
            for (String line : new String(listing, StandardCharsets.UTF_8).split("\n", -1)) {
                if (made < MAX_PATHS && create(dataset, line)) {
                    made++;
                }
            }
            for (HubmapSchemaMode mode : HubmapSchemaMode.values()) {
                Findings findings = new Findings();
                DirectoryOutcome outcome = check.check(dataset, "dataset", mode, IgnoreGlobs.DEFAULT, findings);
                findings.assertAllAbout("dataset");
                assertEquals(mode, outcome.mode());
                assertTrue(outcome.listing().failures().isEmpty(), () -> "a readable tree listed with failures: "
                        + outcome.listing().failures());
            }
        } finally {
            deleteTree(dataset);
        }
    }

    /** Creates {@code line} under {@code root}; false when nothing usable is left of it. */
    private static boolean create(Path root, String line) throws IOException {
        boolean folder = line.endsWith("/");
        Path p = root;
        int depth = 0;
        for (String segment : line.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\0') >= 0
                    || segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES || depth == MAX_DEPTH) {
                continue;
            }
            p = p.resolve(segment);
            depth++;
        }
        if (p.equals(root)) {
            return false;
        }
        // a name already taken by the other kind (file vs folder) is kept as it is
        if (folder) {
            if (!Files.isRegularFile(p) && !hasFileAncestor(root, p)) {
                Files.createDirectories(p);
            }
        } else if (!Files.exists(p) && !hasFileAncestor(root, p.getParent())) {
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[0]);
        }
        return true;
    }

    private static boolean hasFileAncestor(Path root, Path p) {
        for (Path a = p; a != null && !a.equals(root); a = a.getParent()) {
            if (Files.isRegularFile(a)) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
