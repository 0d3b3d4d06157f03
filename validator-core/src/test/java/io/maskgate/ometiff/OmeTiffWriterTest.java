package io.maskgate.ometiff;

import io.maskgate.engine.Validator;
import io.maskgate.report.Report;
import io.maskgate.rules.Finding;
import io.maskgate.validation.ProgressListener;
import io.maskgate.validation.ValidationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OmeTiffWriterTest {

    @TempDir
    Path dir;

    static long value(int plane, long x, long y) {
        return plane * 1000L + 1 + x / 13 + 10 * (y / 11);
    }

    @ParameterizedTest(name = "{0}, bigtiff={1}, {2}")
    @CsvSource({"uint8,true,LITTLE_ENDIAN", "uint16,false,BIG_ENDIAN", "uint32,true,BIG_ENDIAN", "int32,false,LITTLE_ENDIAN"})
    void roundTripValuesNamesAndPyramid(String type, boolean big, String order) throws Exception {
        Path f = dir.resolve("rt.ome.tiff");
        int w = 100;
        int h = 70;
        long mod = type.equals("uint8") ? 200 : Long.MAX_VALUE;
        OmeTiffWriter.Settings s = OmeTiffWriter.Settings.of(type, 0.65, 0.65).withTileSize(32).withPyramidMinSize(20)
                .withZT(2, 1).withFormat(big, order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                .withUuid("urn:uuid:00000000-1111-2222-3333-444444444444");
        try (OmeTiffWriter wr = OmeTiffWriter.create(f, w, h, List.of("cell", "nucleus"), s)) {
            assertEquals(4, wr.planeCount());
            for (int p = 0; p < 4; p++) {
                int plane = p;
                wr.writePlane((y, row) -> {
                    for (int x = 0; x < w; x++) {
                        row[x] = value(plane, x, y) % mod;
                    }
                });
            }
            assertFalse(Files.exists(f), "nothing at the target before close");
        }
        try (TiffFile tf = TiffFile.open(f)) {
            assertNull(tf.chainError());
            assertEquals(big, tf.bigTiff());
            assertEquals(4, tf.directories().size());
            String xml = tf.directories().get(0).text(TiffTags.IMAGE_DESCRIPTION, 1 << 20);
            int[] total = new int[1];
            assertEquals(List.of(), OmeXsd.validate(xml, 10, total));
            OmeXmlInfo info = OmeXml.read(OmeXml.parseDom(xml));
            assertEquals(List.of("cell", "nucleus"), info.channels().stream().map(OmeXmlInfo.Channel::name).toList());
            assertEquals(type, info.pixelType());
            assertEquals(0.65, info.physicalSizeX());
            assertEquals("µm", info.physicalSizeXUnit());
            assertEquals("urn:uuid:00000000-1111-2222-3333-444444444444", info.uuid());
            assertEquals(4, info.tiffData().size());
            assertEquals(Integer.valueOf(1), info.tiffData().get(2).firstC()); // plane 2 of XYZCT = z 0, c 1
            for (int p = 0; p < 4; p++) {
                TiffImage page = TiffImage.of(tf.directories().get(p));
                assertEquals(8, page.compression());
                assertTrue(page.tiled());
                long[][] px = TestTiff.readAll(tf, page);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        assertEquals(value(p, x, y) % mod, px[y][x]);
                    }
                }
                List<TiffDirectory> subs = tf.subDirectories(page.directory());
                List<String> sizes = new ArrayList<>();
                int step = 1;
                for (TiffDirectory sub : subs) {
                    step *= 2;
                    TiffImage level = TiffImage.of(sub);
                    assertEquals(1, level.newSubfileType());
                    sizes.add(level.width() + "x" + level.height());
                    long[][] lp = TestTiff.readAll(tf, level);
                    for (int y = 0; y < level.height(); y++) {
                        for (int x = 0; x < level.width(); x++) {
                            assertEquals(px[y * step][x * step], lp[y][x]);
                        }
                    }
                }
                assertEquals(List.of("50x35", "25x18", "13x9"), sizes);
            }
        }
        List<Finding> findings = new ArrayList<>();
        var summary = new OmeTiffMaskAnalyzer().analyse(f, "rt.ome.tiff", findings::add, ProgressListener.NONE).orElseThrow();
        assertEquals(List.of(), findings);
        assertEquals(4, summary.pyramidLevels());
        assertEquals(1, summary.channelIndex("Nucleus"));
    }

    @Test
    void incompleteWriterLeavesNoFile() throws Exception {
        Path f = dir.resolve("partial.ome.tiff");
        OmeTiffWriter wr = OmeTiffWriter.create(f, 10, 10, List.of("a", "b"), OmeTiffWriter.Settings.of("uint8", 1, 1));
        wr.writePlane(new long[100]);
        assertThrows(IllegalStateException.class, wr::close);
        assertFalse(Files.exists(f));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "the temporary file is removed too");
        }
    }

    @Test
    void refusesValuesOutsideThePixelType() throws Exception {
        Path f = dir.resolve("range.ome.tiff");
        OmeTiffWriter wr = OmeTiffWriter.create(f, 2, 1, List.of("a"), OmeTiffWriter.Settings.of("uint8", 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wr.writePlane(new long[] {1, 300}));
        assertEquals("value 300 at (x=1, y=0) of plane 0 does not fit uint8", e.getMessage());
        wr.abort();
        assertFalse(Files.exists(f));
    }

    @Test
    void engineValidatesAnOmeTiffTarget() throws Exception {
        Path f = dir.resolve("mask.segmentations.ome.tiff");
        try (OmeTiffWriter wr = OmeTiffWriter.create(f, 40, 30, List.of("cell"), OmeTiffWriter.Settings.of("uint16", 0.5, 0.5))) {
            long[] px = new long[40 * 30];
            for (int i = 0; i < px.length; i++) {
                px[i] = (i % 40) < 20 ? 1 : 2;
            }
            px[0] = 3;
            px[39] = 3; // label 3 in two corners: split
            wr.writePlane(px);
        }
        Report r = new Validator().validate(f, ValidationOptions.defaults());
        assertEquals("ome-tiff", r.target().kind());
        assertEquals(List.of("OMETIFF_LABEL_SPLIT"), r.findings().stream().map(Finding::code).toList());
        assertEquals("label 3 has 2 separate 4-connected parts (2 pixels): x 0–0, y 0–0; x 39–39, y 0–0",
                r.findings().get(0).message());
        assertEquals(1, r.statistics().size());
        assertEquals(List.of(0, "cell", 3, 1200L, 1, 3L), r.statistics().get(0).rows().get(0));
    }

    @Test
    void labelStatsSummaryAnswersTableQuestions() throws Exception {
        Path f = dir.resolve("s.ome.tiff");
        try (OmeTiffWriter wr = OmeTiffWriter.create(f, 6, 4, List.of("cell"), OmeTiffWriter.Settings.of("uint32", 1, 1))) {
            wr.writePlane(new long[] {
                    0, 0, 9, 9, 0, 0,
                    0, 0, 9, 9, 0, 0,
                    4_000_000_000L, 0, 0, 0, 0, 0,
                    4_000_000_000L, 0, 0, 0, 0, 0});
        }
        var s = new OmeTiffMaskAnalyzer().analyse(f, "s.ome.tiff", x -> { }, ProgressListener.NONE).orElseThrow();
        LabelStats l = s.labels(s.channelIndex("cell"));
        assertArrayEquals(new long[] {9, 4_000_000_000L}, l.labels());
        int i = l.indexOf(9);
        assertEquals(4, l.pixelCount(i));
        assertEquals(2.5, l.centroidX(i), 1e-9);
        assertEquals(0.5, l.centroidY(i), 1e-9);
        assertEquals(3, l.maxX(i));
        assertTrue(l.indexOf(5) < 0);
    }
}
