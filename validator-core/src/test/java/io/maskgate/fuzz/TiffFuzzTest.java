package io.maskgate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.maskgate.ometiff.OmeTiffMaskAnalyzer;
import io.maskgate.ometiff.OmeTiffMaskSummary;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Fuzzes the OME-TIFF reader as the validator runs it on a file: header, IFD chain walk (classic and BigTIFF,
 * both byte orders), SubIFD pyramids, the OME-XML of IFD 0, and strip/tile decoding (none, LZW, Deflate,
 * PackBits) of every plane. Seeds: small OME-TIFFs written by {@code OmeTiffWriter} (stripped, tiled, Deflate,
 * pyramid) plus a crafted classic TIFF.
 */
class TiffFuzzTest {

    private static final String FILE = "mask.ome.tiff";

    @TempDir
    Path tmp;

    @FuzzTest(maxDuration = "3s")
    void tiff(byte[] file) throws IOException {
        Path path = Files.write(tmp.resolve(FILE), file);
        Findings findings = new Findings();
        // a label limit small enough that a fuzzed plane of distinct labels stays within the fuzzer's heap
        Optional<OmeTiffMaskSummary> summary = new OmeTiffMaskAnalyzer(100_000)
                .analyse(path, FILE, findings, ProgressListener.NONE);
        findings.assertAllAbout(FILE);
        assertFalse(summary.isEmpty() && findings.isEmpty(), "not a readable TIFF, yet no finding");
    }
}
