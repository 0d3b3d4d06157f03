package io.maskgate.ometiff;

import io.maskgate.engine.Areas;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleMeta;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each OMETIFF_* rule fires alone on a file broken in its one way, and no rule fires on a clean file. */
class OmeTiffRulesTest {

    static final String UUID = "urn:uuid:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    static final String NAME = "m.segmentations.ome.tiff";

    @TempDir
    Path dir;
    Path file;
    String xml;
    List<TestTiff.Page> pages;
    OmeTiffMaskSummary summary;

    static long[][] labels(int c) {
        return TestTiff.image(32, 24, (x, y) -> c == 0 ? 1L + x / 8 + 4L * (y / 8)
                : (x >= 4 && x < 20 && y >= 4 && y < 12) ? 5L : 0L);
    }

    /** Nearest-neighbour reduction by 2 (top-left sample of each block). */
    static long[][] half(long[][] px) {
        int h = (px.length + 1) / 2;
        int w = (px[0].length + 1) / 2;
        return TestTiff.image(w, h, (x, y) -> px[2 * y][2 * x]);
    }

    @BeforeEach
    void clean() {
        file = dir.resolve(NAME);
        xml = OmeXmlWriter.build(UUID, NAME, "m", 32, 24, 1, 1, List.of("cell", "nucleus"), "uint16", 0.5, 0.5, "µm", false);
        pages = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            long[][] px = labels(c);
            pages.add(new TestTiff.Page(px).bits(16, false).tiles(16).sub(new TestTiff.Page(half(px)).bits(16, false)));
        }
    }

    private List<Finding> run() throws IOException {
        return run(OmeTiffMaskAnalyzer.DEFAULT_MAX_LABELS);
    }

    private List<Finding> run(int maxLabels) throws IOException {
        if (!pages.isEmpty() && xml != null) {
            pages.get(0).description(xml);
        }
        TestTiff.write(file, true, ByteOrder.LITTLE_ENDIAN, pages);
        return analyse(maxLabels);
    }

    private List<Finding> analyse(int maxLabels) {
        List<Finding> out = new ArrayList<>();
        Optional<OmeTiffMaskSummary> s = new OmeTiffMaskAnalyzer(maxLabels).analyse(file, NAME, out::add, ProgressListener.NONE);
        summary = s.orElse(null);
        out.sort(Finding.ORDER);
        return out;
    }

    private static Set<String> codes(List<Finding> f) {
        return f.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Finding only(List<Finding> f, String code) {
        assertEquals(Set.of(code), codes(f), f.toString());
        return f.get(0);
    }

    @Test
    void cleanFileHasNoFindingAndASummary() throws IOException {
        List<Finding> f = run();
        assertEquals(List.of(), f);
        assertEquals(List.of("cell", "nucleus"), summary.channelNames());
        assertEquals(12, summary.labels(0).size());
        assertEquals(1, summary.labels(1).size());
        assertEquals(5, summary.labels(1).label(0));
        assertEquals(128, summary.labels(1).pixelCount(0));
        assertEquals(11.5, summary.labels(1).centroidX(0), 1e-9);
        assertEquals(7.5, summary.labels(1).centroidY(0), 1e-9);
        assertEquals(2, summary.pyramidLevels());
        assertTrue(summary.complete());
        assertTrue(summary.channelNamesKnown());
        assertEquals(0.5, summary.physicalSizeX());
    }

    @Test
    void defaultLabelCapFitsInHalfTheHeap() {
        int cap = OmeTiffMaskAnalyzer.defaultMaxLabels();
        assertTrue(cap <= OmeTiffMaskAnalyzer.DEFAULT_MAX_LABELS, "at most the documented cap: " + cap);
        assertTrue(cap >= OmeTiffMaskAnalyzer.MIN_DEFAULT_MAX_LABELS, "never absurdly small: " + cap);
        long worst = (long) cap * OmeTiffMaskAnalyzer.BYTES_PER_LABEL;
        assertTrue(worst <= Math.max(Runtime.getRuntime().maxMemory() / 2,
                        (long) OmeTiffMaskAnalyzer.MIN_DEFAULT_MAX_LABELS * OmeTiffMaskAnalyzer.BYTES_PER_LABEL),
                "the labels of one plane take at most half the heap: " + cap + " labels in " + Runtime.getRuntime().maxMemory());
    }

    @Test
    void everyRuleIsCoveredHere() {
        Set<String> tested = Set.of("OMETIFF_NOT_TIFF", "OMETIFF_CORRUPT", "OMETIFF_IFD_LOOP", "OMETIFF_UNSUPPORTED_COMPRESSION",
                "OMETIFF_LOSSY_COMPRESSION", "OMETIFF_TOO_LARGE", "OMETIFF_OME_XML_TOO_LARGE", "OMETIFF_NO_OME_XML", "OMETIFF_XML_INVALID",
                "OMETIFF_PHYSICAL_SIZE_MISSING", "OMETIFF_PLANE_COUNT", "OMETIFF_TIFFDATA", "OMETIFF_CHANNEL_NAME",
                "OMETIFF_UUID", "OMETIFF_UUID_FILENAME", "OMETIFF_PIXEL_TYPE", "OMETIFF_PIXEL_TYPE_MISMATCH",
                "OMETIFF_PLANE_SIZE", "OMETIFF_SAMPLES_PER_PIXEL", "OMETIFF_MULTIPLE_IMAGES", "OMETIFF_PYRAMID_LAYOUT",
                "OMETIFF_PYRAMID_NOT_NEAREST", "OMETIFF_PYRAMID_FACTOR", "OMETIFF_PYRAMID_LEVELS",
                "OMETIFF_PYRAMID_SUBFILETYPE", "OMETIFF_LABEL_SPLIT", "OMETIFF_NEGATIVE_LABEL", "OMETIFF_EMPTY_MASK",
                "OMETIFF_LABEL_LIMIT");
        Set<String> declared = new OmeTiffRules().rules().stream().map(r -> RuleMeta.of(r).code()).collect(Collectors.toSet());
        assertEquals(tested, declared);
        assertTrue(Areas.ruleCatalog().byCode("OMETIFF_LABEL_SPLIT").isPresent());
    }

    @Test
    void notTiff() throws IOException {
        Files.write(file, "<html>Not found</html>".getBytes(StandardCharsets.UTF_8));
        Finding f = only(analyse(100), "OMETIFF_NOT_TIFF");
        assertEquals("the file starts with bytes 3C 68 74 6D (a text file), not a TIFF header (II or MM followed by 42 or BigTIFF's 43)",
                f.message());
        assertEquals(null, summary);
    }

    @Test
    void corruptIsReportedOnceWithTheRealCause() throws IOException {
        pages.add(new TestTiff.Page(labels(0)).bits(16, false).tiles(16));
        xml = OmeXmlWriter.build(UUID, NAME, "m", 32, 24, 1, 1, List.of("a", "b", "c"), "uint16", 0.5, 0.5, "µm", false);
        pages.get(2).sub(new TestTiff.Page(half(labels(0))).bits(16, false));
        pages.get(0).description(xml);
        TestTiff.Written w = TestTiff.write(file, true, ByteOrder.LITTLE_ENDIAN, pages);
        // cut the file inside plane 2's data: IFD 2 (written after its data) is lost
        long cut = w.ifdOffsets().get(2) - 40;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(cut);
        }
        List<Finding> f = analyse(100);
        Finding c = only(f, "OMETIFF_CORRUPT");
        assertEquals(1, f.size());
        assertEquals("IFD 2 at offset " + w.ifdOffsets().get(2) + " points past the end of the file (size " + cut + ")",
                c.message());
        assertEquals(Location.NONE, c.location());
    }

    @Test
    void corruptTileDataIsOneFindingAtThePlane() throws Exception {
        pages.get(1).compression = 1;
        pages.get(1).tile = 0;
        run();
        // overwrite plane 1's strip (uncompressed) is harmless; instead break plane 0's first tile
        try (TiffFile tf = TiffFile.open(file)) {
            long first = tf.directories().get(0).longs(TiffTags.TILE_OFFSETS, 10)[0];
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(new byte[] {0x78, (byte) 0x9C, (byte) 0xFF, (byte) 0xFF}), first);
            }
        }
        Finding c = only(analyse(100), "OMETIFF_CORRUPT");
        assertTrue(c.message().startsWith("IFD 0 tile 0 (x 0, y 0): Adobe Deflate (8) data is corrupt"), c.message());
        assertEquals(Location.pixel(0, 0, 0L, 0L), c.location());
    }

    @Test
    void ifdLoop() throws IOException {
        pages.get(0).description(xml);
        TestTiff.Written w = TestTiff.write(file, false, ByteOrder.BIG_ENDIAN, pages);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.allocate(4).putInt(0, w.ifdOffsets().get(0).intValue()), w.nextPointers().get(1));
        }
        Finding f = only(analyse(100), "OMETIFF_IFD_LOOP");
        assertEquals("IFD 1 links back to offset " + w.ifdOffsets().get(0) + ", already read as IFD 0: the IFD chain loops",
                f.message());
    }

    @Test
    void unsupportedCompression() throws IOException {
        pages.get(1).compression = 50000;
        pages.get(1).subs.get(0).compression = 50000;
        Finding f = only(run(), "OMETIFF_UNSUPPORTED_COMPRESSION");
        assertEquals("IFD 1 uses Zstandard (50000) compression", f.message());
    }

    @Test
    void lossyCompression() throws IOException {
        pages.get(0).compression = 7;
        pages.get(0).subs.get(0).compression = 7;
        Finding f = only(run(), "OMETIFF_LOSSY_COMPRESSION");
        assertEquals("IFD 0 uses JPEG (7) compression", f.message());
    }

    @Test
    void tooLarge() throws IOException {
        int w = 1_100_000;
        xml = OmeXmlWriter.build(UUID, NAME, "m", w, 1, 1, 1, List.of("wide"), "uint8", 0.5, 0.5, "µm", false);
        pages = new ArrayList<>(List.of(new TestTiff.Page(new long[1][w]).bits(8, false)));
        Finding f = only(run(), "OMETIFF_TOO_LARGE");
        assertTrue(f.message().startsWith("IFD 0 is 1100000 pixels wide"), f.message());
    }

    @Test
    void omeXmlBeyondTheRunsDocumentLimitIsNotParsedAndNamesTheLimit() throws IOException {
        run();
        long size = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1L; // with the ASCII NUL
        List<Finding> out = new ArrayList<>();
        new OmeTiffMaskAnalyzer(1000).withMaxOmeXmlBytes(size - 1).analyse(file, NAME, out::add, ProgressListener.NONE);
        Finding f = only(out, "OMETIFF_OME_XML_TOO_LARGE");
        assertEquals("IFD 0's OME-XML is " + size + " bytes, more than the limit of " + (size - 1) + "; not parsed, so channels"
                + " and plane order were not checked (raise the limit with --max-document-size (Maven plugin: maxDocumentSize))",
                f.message());

        out.clear();
        new OmeTiffMaskAnalyzer(1000).withMaxOmeXmlBytes(size).analyse(file, NAME, out::add, ProgressListener.NONE);
        assertEquals(List.of(), out, "at the limit the OME-XML is read");
    }

    @Test
    void noOmeXml() throws IOException {
        xml = null;
        Finding f = only(run(), "OMETIFF_NO_OME_XML");
        assertEquals("IFD 0 has no ImageDescription tag", f.message());
        assertEquals(List.of("", ""), summary.channelNames()); // labels are still checked, one channel per IFD
        assertFalse(summary.channelNamesKnown(), "which channel is which mask is unknown");
        assertEquals(12, summary.labels(0).size());
    }

    @Test
    void withoutOmeXmlPixelFindingsNameTheIfdNeverAGuessedChannel() throws IOException {
        xml = null;
        long[][] px = labels(1);
        px[22][1] = 5; // a second, far part of label 5
        pages.get(1).px = px;
        pages.get(1).subs.get(0).px = half(px);
        List<Finding> f = run();
        assertEquals(Set.of("OMETIFF_NO_OME_XML", "OMETIFF_LABEL_SPLIT"), codes(f));
        Finding split = f.stream().filter(x -> x.code().equals("OMETIFF_LABEL_SPLIT")).findFirst().orElseThrow();
        assertEquals(Location.ifd(1, 4L, 4L).withLabel(5, new Location.Box(1, 4, 19, 22)), split.location());
    }

    @Test
    void withoutOmeXmlAnEmptyIfdIsNamedByItsIfd() throws IOException {
        xml = null;
        pages.get(1).px = new long[24][32];
        pages.get(1).subs.get(0).px = new long[12][16];
        List<Finding> f = run();
        Finding empty = f.stream().filter(x -> x.code().equals("OMETIFF_EMPTY_MASK")).findFirst().orElseThrow();
        assertEquals(Location.ifd(1, null, null), empty.location());
        assertEquals("IFD 1 has no labelled pixel: every value is 0", empty.message());
    }

    @Test
    void tiffDataWithoutUuidIsValid() throws IOException {
        // UUID is optional (minOccurs 0): needed only when the planes live in another file
        xml = xml.replaceAll("<UUID[^>]*>[^<]*</UUID>", "");
        assertFalse(xml.contains("<UUID"), xml);
        assertEquals(List.of(), run());
        assertTrue(summary.channelNamesKnown());
        assertEquals(12, summary.labels(0).size());
    }

    @Test
    void oneTiffDataForAllPlanesAsTifffileWritesIt() throws IOException {
        int first = xml.indexOf("<TiffData");
        int end = xml.lastIndexOf("</TiffData>") + "</TiffData>".length();
        xml = xml.substring(0, first) + "<TiffData IFD=\"0\" PlaneCount=\"2\"/>" + xml.substring(end);
        assertEquals(List.of(), run());
        assertEquals(1, summary.labels(1).size());
    }

    @Test
    void imageJDescriptionIsNotOmeXml() throws IOException {
        xml = "ImageJ=1.54f\nimages=2\n";
        Finding f = only(run(), "OMETIFF_NO_OME_XML");
        assertEquals("IFD 0's ImageDescription is not OME-XML (it does not end with OME>): 'ImageJ=1.54f images=2'", f.message());
    }

    @Test
    void xmlInvalidAgainstTheSchemaWithLineAndColumn() throws IOException {
        xml = xml.replace("<Pixels ", "<Pixels Colour=\"red\" ");
        Finding f = only(run(), "OMETIFF_XML_INVALID");
        assertTrue(f.message().matches("OME-XML is not valid against the OME 2016-06 schema: line 1, column \\d+: .*Colour.*"),
                f.message());
        assertTrue(summary.channelNamesKnown(), "a schema error elsewhere leaves the channel names usable");
    }

    @Test
    void xmlNotWellFormed() throws IOException {
        xml = xml.replace("</Image>", "</Imag>");
        Finding f = only(run(), "OMETIFF_XML_INVALID");
        assertTrue(f.message().startsWith("OME-XML line 1, column "), f.message());
        assertFalse(summary.channelNamesKnown());
    }

    @Test
    void xmlWithDoctypeIsRefused() throws IOException {
        xml = xml.replace("?><OME", "?><!DOCTYPE OME [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><OME");
        Finding f = only(run(), "OMETIFF_XML_INVALID");
        assertTrue(f.message().contains("DOCTYPE"), f.message());
    }

    @Test
    void xmlNestedHundredThousandDeepIsAFindingNotAStackOverflow() throws IOException {
        String deep = "<x:A xmlns:x=\"urn:deep\">".repeat(100_000) + "</x:A>".repeat(100_000);
        xml = xml.replace("</OME>", "<StructuredAnnotations><XMLAnnotation ID=\"Annotation:0\"><Value>" + deep
                + "</Value></XMLAnnotation></StructuredAnnotations></OME>");
        Finding f = only(run(), "OMETIFF_XML_INVALID");
        assertTrue(f.message().contains("nested more than " + OmeXml.MAX_DEPTH + " deep") && f.message().contains("line 1"),
                f.message());
    }

    @Test
    void externalEntityInEveryFormIsRefusedUnresolved() throws IOException {
        String original = xml;
        for (String doctype : List.of("<!DOCTYPE OME SYSTEM \"http://127.0.0.1:9/evil.dtd\">",
                "<!DOCTYPE OME [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
                "<!DOCTYPE OME [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>")) {
            xml = original.replace("?><OME", "?>" + doctype + "<OME");
            Finding f = only(run(), "OMETIFF_XML_INVALID");
            assertTrue(f.message().contains("DOCTYPE declaration is not allowed"), f.message());
        }
    }

    @Test
    void physicalSizeMissing() throws IOException {
        xml = xml.replace("PhysicalSizeY=\"0.5\" ", "");
        Finding f = only(run(), "OMETIFF_PHYSICAL_SIZE_MISSING");
        assertEquals("Pixels of the first Image has no PhysicalSizeY", f.message());
    }

    @Test
    void planeCount() throws IOException {
        xml = OmeXmlWriter.build(UUID, NAME, "m", 32, 24, 1, 1, List.of("cell"), "uint16", 0.5, 0.5, "µm", false);
        Finding f = only(run(), "OMETIFF_PLANE_COUNT");
        assertEquals("the OME-XML declares 1 planes (SizeC 1 × SizeZ 1 × SizeT 1) but the file has 2 full-resolution IFDs",
                f.message());
    }

    @Test
    void tiffData() throws IOException {
        int second = xml.indexOf("<TiffData", xml.indexOf("<TiffData") + 1);
        xml = xml.substring(0, second) + xml.substring(xml.indexOf("</TiffData>", second) + "</TiffData>".length());
        Finding f = only(run(), "OMETIFF_TIFFDATA");
        assertEquals("1 of 2 planes have no TiffData mapping (first: plane 1)", f.message());
    }

    @Test
    void channelNames() throws IOException {
        xml = xml.replace("Name=\"nucleus\"", "Name=\"Cell\"");
        Finding f = only(run(), "OMETIFF_CHANNEL_NAME");
        assertEquals("Channel 1 is named 'Cell', like channel 0 (names are compared ignoring case)", f.message());
        assertEquals(Location.pixel(1, null, null, null), f.location());
    }

    @Test
    void uuid() throws IOException {
        String other = "urn:uuid:11111111-2222-3333-4444-555555555555";
        int last = xml.lastIndexOf(UUID + "</UUID>");
        xml = xml.substring(0, last) + other + xml.substring(last + UUID.length());
        Finding f = only(run(), "OMETIFF_UUID");
        assertEquals("TiffData 1 refers to UUID " + other + ", not this file's OME@UUID " + UUID, f.message());
    }

    @Test
    void uuidFileName() throws IOException {
        run();
        Path renamed = dir.resolve("renamed.ome.tiff");
        Files.move(file, renamed);
        file = renamed;
        Finding f = only(analyse(100), "OMETIFF_UUID_FILENAME");
        assertEquals("TiffData 0 names file '" + NAME + "' but this file is 'renamed.ome.tiff'", f.message());
    }

    @Test
    void pixelTypeFloat() throws IOException {
        xml = xml.replace("Type=\"uint16\"", "Type=\"float\"");
        for (TestTiff.Page p : pages) {
            p.bits = 32;
            p.sampleFormat = 3;
            p.subs.clear();
        }
        Finding f = only(run(), "OMETIFF_PIXEL_TYPE");
        assertEquals("Pixels@Type is float, not an integer type", f.message());
    }

    @Test
    void pixelTypeMismatch() throws IOException {
        for (TestTiff.Page p : pages) {
            p.bits = 8;
            p.subs.get(0).bits = 8;
        }
        Finding f = only(run(), "OMETIFF_PIXEL_TYPE_MISMATCH");
        assertEquals("IFD 0 stores uint8 samples but Pixels@Type is uint16 (2 IFDs differ)", f.message());
    }

    @Test
    void planeSize() throws IOException {
        xml = xml.replace("SizeX=\"32\"", "SizeX=\"30\"");
        Finding f = only(run(), "OMETIFF_PLANE_SIZE");
        assertEquals("IFD 0 is 32 × 24 pixels but Pixels declares SizeX 30 × SizeY 24 (2 IFDs differ)", f.message());
    }

    @Test
    void samplesPerPixel() throws IOException {
        pages.get(1).samplesPerPixel = 3;
        pages.get(1).subs.clear();
        pages.get(0).subs.clear();
        Finding f = only(run(), "OMETIFF_SAMPLES_PER_PIXEL");
        assertEquals("IFD 1 has 3 samples per pixel", f.message());
        assertEquals(Location.pixel(1, 0, null, null).withIfd(1), f.location(), "IFD 1 holds channel 1 (TiffData)");
    }

    @Test
    void anRgbChannelIsOneChannelAndOnePlaneSoOnlyItsSamplesAreReported() throws IOException {
        // as tifffile writes RGB: one Channel SamplesPerPixel 3 with SizeC 3 (SizeC counts samples), one interleaved IFD
        xml = OmeXmlWriter.build(UUID, NAME, "m", 32, 24, 1, 1, List.of("rgb"), "uint16", 0.5, 0.5, "µm", false)
                .replace("SizeC=\"1\"", "SizeC=\"3\"").replace("SamplesPerPixel=\"1\"", "SamplesPerPixel=\"3\"");
        TestTiff.Page rgb = new TestTiff.Page(labels(0)).bits(16, false);
        rgb.samplesPerPixel = 3;
        pages = new ArrayList<>(List.of(rgb));
        List<Finding> f = run();
        assertEquals(1, f.size(), f.toString()); // no PLANE_COUNT, TIFFDATA or CHANNEL_NAME as consequences
        assertEquals("OMETIFF_SAMPLES_PER_PIXEL", f.get(0).code());
        assertEquals(Location.pixel(0, 0, null, null).withIfd(0), f.get(0).location());
    }

    @Test
    void samplesThatDoNotAddUpToSizeCLeaveSizeCAsTheChannelCount() throws IOException {
        // SizeC 3 but a single Channel of 2 samples: the Channel elements do not explain SizeC
        xml = OmeXmlWriter.build(UUID, NAME, "m", 32, 24, 1, 1, List.of("rgb"), "uint16", 0.5, 0.5, "µm", false)
                .replace("SizeC=\"1\"", "SizeC=\"3\"").replace("SamplesPerPixel=\"1\"", "SamplesPerPixel=\"2\"");
        pages = new ArrayList<>(List.of(new TestTiff.Page(labels(0)).bits(16, false)));
        assertEquals(Set.of("OMETIFF_SAMPLES_PER_PIXEL", "OMETIFF_PLANE_COUNT", "OMETIFF_CHANNEL_NAME", "OMETIFF_TIFFDATA"),
                codes(run()));
    }

    @Test
    void multipleImages() throws IOException {
        int start = xml.indexOf("<Image ");
        int end = xml.indexOf("</Image>") + "</Image>".length();
        String second = xml.substring(start, end).replace("Image:0", "Image:1").replace("Pixels:0", "Pixels:1")
                .replace("Channel:0:", "Channel:1:");
        xml = xml.substring(0, end) + second + xml.substring(end);
        Finding f = only(run(), "OMETIFF_MULTIPLE_IMAGES");
        assertEquals("the OME-XML has 2 Image elements; only the first was checked", f.message());
    }

    @Test
    void pyramidLayout() throws IOException {
        TestTiff.Page reduced = new TestTiff.Page(half(labels(1))).bits(16, false);
        reduced.newSubfileType = 1;
        pages.add(reduced);
        Finding f = only(run(), "OMETIFF_PYRAMID_LAYOUT");
        assertEquals("IFD 2 in the main IFD chain is a reduced-resolution image (NewSubfileType 1)", f.message());
    }

    @Test
    void pyramidNotNearest() throws IOException {
        long[][] level = half(labels(0));
        level[3][5] = (level[3][5] + level[3][6]) / 2 + 100; // an averaged, invented value
        pages.get(0).subs.set(0, new TestTiff.Page(level).bits(16, false));
        pages.get(0).subs.get(0).newSubfileType = 1;
        Finding f = only(run(), "OMETIFF_PYRAMID_NOT_NEAREST");
        assertEquals(Location.pixel(0, 0, 10L, 6L), f.location());
        assertTrue(f.message().startsWith("pyramid level 1 (SubIFD 1 of IFD 0, 16 × 12) has value " + level[3][5]
                + " at level pixel (x=5, y=3), which is not in the 2 × 2 block (x 10–11, y 6–7) of the level above; value "
                + level[3][5] + " does not occur at full resolution at all; 1 pixel"), f.message());
    }

    @Test
    void pyramidFactor() throws IOException {
        long[][] px = labels(1);
        long[][] odd = TestTiff.image(11, 12, (x, y) -> px[2 * y][3 * x]); // 3× in X, 2× in Y
        TestTiff.Page level = new TestTiff.Page(odd).bits(16, false);
        pages.get(1).subs.set(0, level);
        level.newSubfileType = 1;
        List<Finding> all = run();
        Finding f = only(all, "OMETIFF_PYRAMID_FACTOR");
        assertEquals("SubIFD 1 of IFD 1 is 11 × 12 below a level of 32 × 24: not a reduction by one integer factor in both X"
                + " and Y (X suggests factor 3)", f.message());
        // the level sizes now differ between planes, but that is the same cause: no OMETIFF_PYRAMID_LEVELS
    }

    @Test
    void pyramidLevels() throws IOException {
        pages.get(1).subs.clear();
        Finding f = only(run(), "OMETIFF_PYRAMID_LEVELS");
        assertEquals("this plane's levels are 32×24 but the first plane's are 32×24, 16×12", f.message());
        assertEquals(Location.pixel(1, 0, null, null), f.location());
    }

    @Test
    void pyramidSubfileType() throws IOException {
        pages.get(0).subs.get(0).newSubfileType = 0;
        Finding f = only(run(), "OMETIFF_PYRAMID_SUBFILETYPE");
        assertEquals("SubIFD 1 of IFD 0 has NewSubfileType 0, not 1 (reduced-resolution image)", f.message());
    }

    @Test
    void labelSplit() throws IOException {
        long[][] px = labels(1);
        px[20][30] = 5; // a second, far part of label 5
        px[22][1] = 5;
        pages.get(1).px = px;
        pages.get(1).subs.get(0).px = half(px);
        Finding f = only(run(), "OMETIFF_LABEL_SPLIT");
        // first pixel (4, 4); the box spans the object (x 4–19, y 4–11) and both stray pixels
        assertEquals(Location.pixel(1, 0, 4L, 4L).withLabel(5, new Location.Box(1, 4, 30, 22)), f.location());
        assertEquals("label 5 has 3 separate 4-connected parts (130 pixels): x 4–19, y 4–11; x 30–30, y 20–20; x 1–1, y 22–22",
                f.message());
        assertEquals(3, summary.labels(1).components(0));
    }

    @Test
    void negativeLabel() throws IOException {
        xml = xml.replace("Type=\"uint16\"", "Type=\"int16\"");
        for (TestTiff.Page p : pages) {
            p.sampleFormat = 2;
            p.subs.get(0).sampleFormat = 2;
        }
        pages.get(1).px[23][31] = -3;
        Finding f = only(run(), "OMETIFF_NEGATIVE_LABEL");
        assertEquals(Location.pixel(1, 0, 31L, 23L), f.location());
        assertEquals("1 pixels have negative values (lowest -3); the first is at (x=31, y=23)", f.message());
    }

    @Test
    void emptyMask() throws IOException {
        pages.get(1).px = new long[24][32];
        pages.get(1).subs.get(0).px = new long[12][16];
        Finding f = only(run(), "OMETIFF_EMPTY_MASK");
        assertEquals("channel 1 ('nucleus') has no labelled pixel: every value is 0", f.message());
    }

    @Test
    void labelLimit() throws IOException {
        Finding f = only(run(5), "OMETIFF_LABEL_LIMIT");
        assertEquals(Location.pixel(0, 0, null, null), f.location());
    }
}
