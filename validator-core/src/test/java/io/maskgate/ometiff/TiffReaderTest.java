package io.maskgate.ometiff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TiffReaderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> layouts() {
        List<Arguments> out = new ArrayList<>();
        int[] compressions = {1, 5, 8, 32946, 32773};
        int[][] types = {{8, 0}, {16, 0}, {32, 0}, {8, 1}, {16, 1}, {32, 1}};
        int i = 0;
        for (int c : compressions) {
            for (int[] t : types) {
                for (int predictor : new int[] {1, 2}) {
                    boolean big = i % 2 == 0;
                    ByteOrder order = (i / 2) % 2 == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                    int tile = i % 3 == 0 ? 16 : 0;
                    int rows = i % 3 == 1 ? 5 : 0;
                    out.add(Arguments.of(c, t[0], t[1] == 1, predictor, big, order, tile, rows));
                    i++;
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "compression {0}, {1} bits signed={2}, predictor {3}, bigtiff={4}, {5}, tile {6}, rows/strip {7}")
    @MethodSource("layouts")
    void decodesEveryLayout(int compression, int bits, boolean signed, int predictor, boolean big, ByteOrder order,
                            int tile, int rowsPerStrip) throws Exception {
        Random r = new Random(bits * 31L + compression);
        long min = signed ? -(1L << (bits - 1)) : 0;
        long span = 1L << bits;
        // runs of equal values (as masks have) mixed with noise, so every codec path is exercised
        long[][] px = TestTiff.image(37, 23, (x, y) -> (x / 5 + y) % 3 == 0 ? min + (x * 7L + y) % span
                : min + Math.floorMod(r.nextLong(), span));
        TestTiff.Page page = new TestTiff.Page(px).bits(bits, signed).compression(compression).predictor(predictor);
        if (tile > 0) {
            page.tiles(tile);
        } else if (rowsPerStrip > 0) {
            page.strips(rowsPerStrip);
        }
        Path f = dir.resolve("t.tif");
        TestTiff.write(f, big, order, List.of(page));
        try (TiffFile tf = TiffFile.open(f)) {
            assertNull(tf.chainError());
            assertEquals(big, tf.bigTiff());
            assertEquals(order, tf.byteOrder());
            TiffImage img = TiffImage.of(tf.directories().get(0));
            long[][] back = TestTiff.readAll(tf, img);
            for (int y = 0; y < px.length; y++) {
                assertArrayEquals(px[y], back[y], "row " + y);
            }
        }
    }

    @Test
    void lzwOfLongInputsCrossesEveryCodeWidthAndClearCode() throws Exception {
        Random r = new Random(7);
        byte[] raw = new byte[200_000];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (r.nextInt(10) < 7 ? i / 300 : r.nextInt(256));
        }
        byte[] enc = TestTiff.lzw(raw);
        byte[] dec = new LzwInputStream(new java.io.ByteArrayInputStream(enc)).readAllBytes();
        assertArrayEquals(raw, dec);
    }

    @Test
    void followsSubIfds() throws Exception {
        TestTiff.Page main = new TestTiff.Page(TestTiff.image(8, 8, (x, y) -> 1L)).sub(new TestTiff.Page(TestTiff.image(4, 4, (x, y) -> 1L)));
        Path f = dir.resolve("s.tif");
        TestTiff.write(f, false, ByteOrder.BIG_ENDIAN, List.of(main));
        try (TiffFile tf = TiffFile.open(f)) {
            var subs = tf.subDirectories(tf.directories().get(0));
            assertEquals(1, subs.size());
            TiffImage level = TiffImage.of(subs.get(0));
            assertEquals(4, level.width());
            assertEquals(1, level.newSubfileType());
            assertEquals("SubIFD 1 of IFD 0", level.name());
        }
    }

    private Path threePages(boolean big) throws IOException {
        Path f = dir.resolve(big ? "three-big.tif" : "three.tif");
        List<TestTiff.Page> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pages.add(new TestTiff.Page(TestTiff.image(4, 4, (x, y) -> 1L)));
        }
        lastWritten = TestTiff.write(f, big, ByteOrder.LITTLE_ENDIAN, pages);
        return f;
    }

    private TestTiff.Written lastWritten;

    private void patchPointer(Path f, long at, long value, boolean big) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(big ? 8 : 4).order(ByteOrder.LITTLE_ENDIAN);
            if (big) {
                b.putLong(value);
            } else {
                b.putInt((int) value);
            }
            b.flip();
            ch.write(b, at);
        }
    }

    @Test
    void detectsAnIfdLoop() throws Exception {
        for (boolean big : new boolean[] {false, true}) {
            Path f = threePages(big);
            patchPointer(f, lastWritten.nextPointers().get(2), lastWritten.ifdOffsets().get(1), big);
            try (TiffFile tf = TiffFile.open(f)) {
                assertEquals(3, tf.directories().size());
                assertEquals(TiffException.Kind.IFD_LOOP, tf.chainError().kind());
                assertEquals("IFD 2 links back to offset " + lastWritten.ifdOffsets().get(1)
                        + ", already read as IFD 1: the IFD chain loops", tf.chainError().getMessage());
            }
        }
    }

    @Test
    void reportsTheRealCauseOfABrokenChain() throws Exception {
        Path f = threePages(false);
        long size = Files.size(f);
        patchPointer(f, lastWritten.nextPointers().get(1), 123456, false);
        try (TiffFile tf = TiffFile.open(f)) {
            assertEquals(2, tf.directories().size());
            assertEquals(TiffException.Kind.CORRUPT, tf.chainError().kind());
            assertEquals("IFD 2 at offset 123456 points past the end of the file (size " + size + ")",
                    tf.chainError().getMessage());
        }
    }

    @Test
    void truncatedFileNamesTheStripPastTheEnd() throws Exception {
        Path f = dir.resolve("cut.tif");
        TestTiff.Page p = new TestTiff.Page(TestTiff.image(64, 64, (x, y) -> (long) x * y)).compression(1).strips(16);
        TestTiff.write(f, false, ByteOrder.LITTLE_ENDIAN, List.of(p));
        try (TiffFile tf = TiffFile.open(f)) {
            TiffImage img = TiffImage.of(tf.directories().get(0));
            long[] offsets = img.directory().longs(TiffTags.STRIP_OFFSETS, 10);
            assertEquals(4, offsets.length);
        }
        byte[] bytes = Files.readAllBytes(f);
        // point strip 3 (of 4) at the last 100 bytes of the file: it then extends past the end
        long stripOffsetsAt;
        try (TiffFile tf = TiffFile.open(f)) {
            stripOffsetsAt = tf.directories().get(0).valuePosition(TiffTags.STRIP_OFFSETS);
        }
        patchPointer(f, stripOffsetsAt + 12, bytes.length - 100, false);
        try (TiffFile tf = TiffFile.open(f)) {
            TiffImage img = TiffImage.of(tf.directories().get(0));
            TiffException e = assertThrows(TiffException.class, () -> TiffPlaneReader.open(tf, img));
            assertEquals(TiffException.Kind.CORRUPT, e.kind());
            assertEquals("IFD 0 strip 3 (4096 bytes at offset " + (bytes.length - 100)
                    + ") extends past the end of the file (size " + bytes.length + ")", e.getMessage());
        }
    }

    @Test
    void corruptDeflateDataIsReportedWithItsTile() throws Exception {
        Path f = dir.resolve("bad-deflate.tif");
        TestTiff.Page p = new TestTiff.Page(TestTiff.image(32, 32, (x, y) -> (long) x)).tiles(16);
        TestTiff.write(f, true, ByteOrder.LITTLE_ENDIAN, List.of(p));
        long firstTile;
        try (TiffFile tf = TiffFile.open(f)) {
            firstTile = TiffImage.of(tf.directories().get(0)).directory().longs(TiffTags.TILE_OFFSETS, 4)[0];
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {(byte) 0x78, (byte) 0x9C, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}), firstTile);
        }
        try (TiffFile tf = TiffFile.open(f)) {
            TiffImage img = TiffImage.of(tf.directories().get(0));
            TiffException e = assertThrows(TiffException.class, () -> TestTiff.readAll(tf, img));
            assertEquals(TiffException.Kind.CORRUPT, e.kind());
            assertTrue(e.getMessage().startsWith("IFD 0 tile 0 (x 0, y 0): Adobe Deflate (8) data is corrupt"), e.getMessage());
        }
    }

    /** Blocks that inflate to 64 MB more than their pixels: reported, decoded no further than the geometry. */
    @Test
    void blocksDecodingBeyondTheirPixelsAreReported() throws Exception {
        int[][] cases = {{8, 16, 0}, {8, 0, 8}, {32773, 16, 0}, {32773, 0, 10}, {5, 0, 8}};
        for (int[] c : cases) {
            Path f = dir.resolve("bomb-" + c[0] + "-" + c[1] + "-" + c[2] + ".tif");
            TestTiff.Page p = new TestTiff.Page(TestTiff.image(40, 20, (x, y) -> (long) x + y)).bits(8, false)
                    .compression(c[0]).surplus(c[0] == 5 ? 4096 : 64 << 20);
            p = c[1] > 0 ? p.tiles(c[1]) : p.strips(c[2]);
            TestTiff.write(f, false, ByteOrder.LITTLE_ENDIAN, List.of(p));
            try (TiffFile tf = TiffFile.open(f)) {
                TiffImage img = TiffImage.of(tf.directories().get(0));
                TiffException e = assertThrows(TiffException.class, () -> TestTiff.readAll(tf, img), f.toString());
                assertEquals(TiffException.Kind.CORRUPT, e.kind());
                assertTrue(e.getMessage().contains("decodes to more than the") && e.getMessage().contains("IFD 0 "
                        + (c[1] > 0 ? "tile 0" : "strip 0")), e.getMessage());
            }
            Path clean = dir.resolve("clean-" + f.getFileName());
            TestTiff.write(clean, false, ByteOrder.LITTLE_ENDIAN, List.of(p.surplus(0)));
            try (TiffFile tf = TiffFile.open(clean)) {
                TestTiff.readAll(tf, TiffImage.of(tf.directories().get(0))); // edge tiles and short last strips pass
            }
        }
    }

    @Test
    void refusesBombLikeDeclaredSizesBeforeAllocating() throws Exception {
        // 100000 × 100000 uint32 in one strip of a few bytes: 40 GB declared from a tiny file
        Path f = dir.resolve("bomb.tif");
        TestTiff.Page p = new TestTiff.Page(new long[][] {{0}});
        TestTiff.write(f, false, ByteOrder.LITTLE_ENDIAN, List.of(p));
        try (TiffFile tf = TiffFile.open(f)) {
            TiffDirectory d = tf.directories().get(0);
            TiffImage small = TiffImage.of(d);
            TiffImage huge = new TiffImage(d, 100_000, 100_000, 1, 32, 1, 8, 1, 1, false, 100_000, 100_000, 0);
            assertEquals(1, small.width());
            TiffException e = assertThrows(TiffException.class, () -> TiffPlaneReader.open(tf, huge));
            assertEquals(TiffException.Kind.CORRUPT, e.kind());
            assertTrue(e.getMessage().contains("no lossless compression expands more than 1500:1"), e.getMessage());
            TiffImage wide = new TiffImage(d, 5_000_000, 1, 1, 8, 1, 8, 1, 1, false, 5_000_000, 1, 0);
            assertEquals(TiffException.Kind.TOO_LARGE, assertThrows(TiffException.class, () -> TiffPlaneReader.open(tf, wide)).kind());
        }
    }

    @Test
    void aHugeDeclaredOffsetCountIsNotAllocated() throws Exception {
        Path f = dir.resolve("count.tif");
        // pixel values double as the (now out-of-line) offset list: 2e9 points far past the end
        TestTiff.write(f, false, ByteOrder.LITTLE_ENDIAN,
                List.of(new TestTiff.Page(TestTiff.image(8, 8, (x, y) -> 2_000_000_000L)).compression(1)));
        long valueField;
        try (TiffFile tf = TiffFile.open(f)) {
            valueField = tf.directories().get(0).valuePosition(TiffTags.STRIP_OFFSETS);
        }
        patchPointer(f, valueField - 4, 0x7FFF_FFFFL, false); // StripOffsets now declares 2^31 - 1 values
        try (TiffFile tf = TiffFile.open(f)) {
            TiffImage img = TiffImage.of(tf.directories().get(0));
            TiffException e = assertThrows(TiffException.class, () -> TestTiff.readAll(tf, img));
            assertEquals(TiffException.Kind.CORRUPT, e.kind());
            // the count must be exactly what the geometry needs: refused before any value is read
            assertEquals("IFD 0 tag 273 (StripOffsets) declares 2147483647 values; its 8 × 8 image in strips of 8 rows"
                    + " needs exactly 1", e.getMessage());
        }
    }

    @Test
    void moreStripByteCountsThanStripsIsCorrupt() throws Exception {
        Path f = dir.resolve("counts.tif");
        TestTiff.write(f, false, ByteOrder.LITTLE_ENDIAN,
                List.of(new TestTiff.Page(TestTiff.image(8, 8, (x, y) -> 1L)).compression(1)));
        long valueField;
        try (TiffFile tf = TiffFile.open(f)) {
            valueField = tf.directories().get(0).valuePosition(TiffTags.STRIP_BYTE_COUNTS);
        }
        patchPointer(f, valueField - 4, 1L << 31, false); // StripByteCounts now declares 2^31 values
        try (TiffFile tf = TiffFile.open(f)) {
            TiffImage img = TiffImage.of(tf.directories().get(0));
            TiffException e = assertThrows(TiffException.class, () -> TiffPlaneReader.open(tf, img));
            assertEquals(TiffException.Kind.CORRUPT, e.kind());
            assertEquals("IFD 0 tag 279 (StripByteCounts) declares 2147483648 values; its 8 × 8 image in strips of 8 rows"
                    + " needs exactly 1", e.getMessage());
        }
    }

    @Test
    void aStripOfZeroBytesIsCorruptNotEmpty() throws Exception {
        Path f = dir.resolve("zero.tif");
        TestTiff.write(f, false, ByteOrder.LITTLE_ENDIAN, List.of(new TestTiff.Page(TestTiff.image(64, 64, (x, y) -> 1L))
                .compression(1).strips(16)));
        long countsAt;
        try (TiffFile tf = TiffFile.open(f)) {
            countsAt = tf.directories().get(0).valuePosition(TiffTags.STRIP_BYTE_COUNTS);
        }
        patchPointer(f, countsAt + 4, 0, false); // strip 1 holds 0 bytes
        try (TiffFile tf = TiffFile.open(f)) {
            TiffImage img = TiffImage.of(tf.directories().get(0));
            TiffException e = assertThrows(TiffException.class, () -> TiffPlaneReader.open(tf, img));
            assertEquals(TiffException.Kind.CORRUPT, e.kind());
            assertEquals("IFD 0 strip 1 has 0 bytes (tag 279 StripByteCounts value 1); every strip must hold its pixels",
                    e.getMessage());
        }
    }

    @Test
    void aRepeatedOrUnsortedTagIsCorrupt() throws Exception {
        Path f = dir.resolve("dup.tif");
        TestTiff.write(f, false, ByteOrder.LITTLE_ENDIAN,
                List.of(new TestTiff.Page(TestTiff.image(8, 8, (x, y) -> 1L)).compression(1)));
        long ifd;
        try (TiffFile tf = TiffFile.open(f)) {
            ifd = tf.directories().get(0).offset();
        }
        byte[] bytes = Files.readAllBytes(f);
        int first = (bytes[(int) ifd + 2] & 0xFF) | (bytes[(int) ifd + 3] & 0xFF) << 8;
        bytes[(int) ifd + 2 + 12] = (byte) first; // entry 1 gets entry 0's tag
        bytes[(int) ifd + 2 + 13] = (byte) (first >> 8);
        Files.write(f, bytes);
        try (TiffFile tf = TiffFile.open(f)) {
            assertTrue(tf.directories().isEmpty());
            assertEquals(TiffException.Kind.CORRUPT, tf.chainError().kind());
            assertEquals("IFD 0 at offset " + ifd + " entry 1 repeats tag " + first + " (a tag may appear once per IFD);"
                    + " TIFF 6.0 requires the entries sorted in ascending tag order", tf.chainError().getMessage());
        }
        bytes[(int) ifd + 2 + 12] = (byte) (first - 1); // entry 1's tag now sorts before entry 0's
        Files.write(f, bytes);
        try (TiffFile tf = TiffFile.open(f)) {
            assertTrue(tf.chainError().getMessage().contains("entry 1 has tag " + (first - 1) + " after tag " + first),
                    tf.chainError().getMessage());
        }
    }

    @Test
    void refusesAnIfdDeclaringMoreEntriesThanTheFileHolds() throws Exception {
        Path f = dir.resolve("entries.tif");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 60000).putShort((short) 0)
                    .putInt(0);
            b.flip();
            ch.write(b);
        }
        try (TiffFile tf = TiffFile.open(f)) {
            assertEquals("IFD 0 at offset 8 declares 60000 entries (720004 bytes) but the file ends at 16",
                    tf.chainError().getMessage());
        }
    }

    @Test
    void bigTiffWithAHugeEntryCountIsRefusedWithoutAllocating() throws Exception {
        Path f = dir.resolve("entries.btf");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.BIG_ENDIAN);
            b.put((byte) 'M').put((byte) 'M').putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(16)
                    .putLong(Long.MAX_VALUE).putLong(0);
            b.flip();
            ch.write(b);
        }
        try (TiffFile tf = TiffFile.open(f)) {
            assertTrue(tf.chainError().getMessage().startsWith("IFD 0 at offset 16 declares 9223372036854775807 entries"));
        }
    }

    @Test
    void recognisesWhatIsNotATiff() throws Exception {
        Path png = dir.resolve("x.ome.tiff");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        TiffException e = assertThrows(TiffException.class, () -> TiffFile.open(png));
        assertEquals(TiffException.Kind.NOT_TIFF, e.kind());
        assertEquals("the file starts with bytes 89 50 4E 47 (a PNG file), not a TIFF header (II or MM followed by 42 or BigTIFF's 43)",
                e.getMessage());
        Path empty = dir.resolve("empty.ome.tiff");
        Files.write(empty, new byte[0]);
        assertEquals("the file is empty (0 bytes)", assertThrows(TiffException.class, () -> TiffFile.open(empty)).getMessage());
    }
}
