package io.maskgate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.maskgate.ometiff.OmeTiffMaskAnalyzer;
import io.maskgate.ometiff.TiffWriter;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Fuzzes the OME-XML reader (UTF-8 check, DOM parse with DOCTYPE refused, OME 2016-06 XSD validation, the OME
 * data model, plane mapping from TiffData) through the same path the validator takes: the fuzzed text is the
 * ImageDescription of IFD 0 of a valid 4 × 4 uint8 TIFF, which is then analysed. Seeds: OME-XML as
 * {@code OmeTiffWriter} and other writers put it there.
 */
class OmeXmlFuzzTest {

    private static final String FILE = "mask.ome.tiff";
    private static final int WIDTH = 4;
    private static final int IMAGE_WIDTH = 256;
    private static final int IMAGE_LENGTH = 257;
    private static final int BITS_PER_SAMPLE = 258;
    private static final int COMPRESSION = 259;
    private static final int PHOTOMETRIC = 262;
    private static final int IMAGE_DESCRIPTION = 270;
    private static final int STRIP_OFFSETS = 273;
    private static final int ROWS_PER_STRIP = 278;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int SHORT = 3;
    private static final int LONG = 4;

    @TempDir
    Path tmp;

    @FuzzTest(maxDuration = "3s")
    void omeXml(byte[] description) throws IOException {
        Path path = tmp.resolve(FILE);
        writeTiff(path, description);
        Findings findings = new Findings();
        new OmeTiffMaskAnalyzer(100_000).analyse(path, FILE, findings, ProgressListener.NONE);
        findings.assertAllAbout(FILE);
    }

    /** One IFD: a 4 × 4 uint8 strip of labels 0..3 and {@code description} as ImageDescription. */
    private static void writeTiff(Path path, byte[] description) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            TiffWriter w = new TiffWriter(ch, false, ByteOrder.LITTLE_ENDIAN);
            byte[] pixels = new byte[WIDTH * WIDTH];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) (i / WIDTH);
            }
            long strip = w.append(pixels, 0, pixels.length);
            long ifd = w.writeDirectory(List.of(
                    TiffWriter.Entry.ints(IMAGE_WIDTH, SHORT, WIDTH),
                    TiffWriter.Entry.ints(IMAGE_LENGTH, SHORT, WIDTH),
                    TiffWriter.Entry.ints(BITS_PER_SAMPLE, SHORT, 8),
                    TiffWriter.Entry.ints(COMPRESSION, SHORT, 1),
                    TiffWriter.Entry.ints(PHOTOMETRIC, SHORT, 1),
                    TiffWriter.Entry.ascii(IMAGE_DESCRIPTION, description),
                    TiffWriter.Entry.ints(STRIP_OFFSETS, LONG, strip),
                    TiffWriter.Entry.ints(ROWS_PER_STRIP, SHORT, WIDTH),
                    TiffWriter.Entry.ints(STRIP_BYTE_COUNTS, LONG, pixels.length)));
            w.chainLast(ifd);
        }
    }
}
