package io.maskgate.ometiff;

import io.maskgate.rules.Finding;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged files must give findings, never an exception: random byte corruptions and truncations
 * of a valid OME-TIFF (fixed seed, so the run is reproducible).
 */
class OmeTiffFuzzTest {

    @Test
    void damagedFilesGiveFindingsNotExceptions(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.ome.tiff");
        try (OmeTiffWriter wr = OmeTiffWriter.create(good, 48, 40, List.of("cell", "nucleus"),
                OmeTiffWriter.Settings.of("uint16", 0.5, 0.5).withTileSize(16).withPyramidMinSize(16))) {
            for (int c = 0; c < 2; c++) {
                int ch = c;
                wr.writePlane((y, row) -> {
                    for (int x = 0; x < 48; x++) {
                        row[x] = ch == 0 ? 1 + x / 8 + 6 * (y / 8) : (x > 10 && x < 30 && y > 5 && y < 20 ? 9 : 0);
                    }
                });
            }
        }
        byte[] original = Files.readAllBytes(good);
        Random r = new Random(20261121);
        Path bad = dir.resolve("bad.ome.tiff");
        int withFindings = 0;
        for (int trial = 0; trial < 400; trial++) {
            byte[] b;
            if (trial % 10 == 0) {
                b = java.util.Arrays.copyOf(original, r.nextInt(original.length));
            } else {
                b = original.clone();
                int flips = 1 + r.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    // bias towards the structure (header and IFDs live at the start and the end of the file)
                    int at = r.nextBoolean() ? r.nextInt(Math.min(64, b.length)) : b.length - 1 - r.nextInt(Math.min(1200, b.length));
                    b[at] = (byte) r.nextInt(256);
                }
            }
            Files.write(bad, b);
            List<Finding> findings = new ArrayList<>();
            try {
                new OmeTiffMaskAnalyzer(100_000).analyse(bad, "bad.ome.tiff", findings::add, ProgressListener.NONE);
            } catch (RuntimeException e) {
                throw new AssertionError("trial " + trial + " threw " + e, e);
            }
            if (!findings.isEmpty()) {
                withFindings++;
            }
            for (Finding f : findings) {
                assertFalse(f.message().isBlank());
            }
        }
        assertTrue(withFindings > 200, "most damaged files must be reported, got " + withFindings);
    }
}
