package io.maskgate.ometiff;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.Deflater;

/**
 * Writes a label-mask OME-TIFF: BigTIFF (or classic), tiled, Adobe Deflate (code 8), one IFD per
 * plane in XYZCT order, OME-XML in IFD 0's ImageDescription, and a nearest-neighbour pyramid
 * (factor 2) in the SubIFDs of every plane, each level flagged NewSubfileType = 1.
 *
 * <p>Planes are pulled row by row from a {@link RowSource}; the writer holds one tile row per
 * pyramid level (about twice a full-resolution tile row in all), never a whole plane. The file is
 * written to a temporary sibling and moved into place by {@link #close()} once every plane is in.
 */
public final class OmeTiffWriter implements AutoCloseable {

    /**
     * Writer settings.
     *
     * @param pixelType      OME pixel type: uint8, uint16, uint32, int8, int16 or int32
     * @param tileSize       tile width (a multiple of 16)
     * @param tileLength     tile height (a multiple of 16)
     * @param pyramidMinSize levels are added (halving) while the last level is larger than this in X or Y
     * @param uuid           {@code urn:uuid:...} for OME@UUID; null = random
     */
    public record Settings(String pixelType, double physicalSizeX, double physicalSizeY, String physicalSizeUnit,
                           int sizeZ, int sizeT, int tileSize, int tileLength, int pyramidMinSize, int deflateLevel,
                           boolean bigTiff, ByteOrder byteOrder, String uuid) {

        public Settings {
            Objects.requireNonNull(pixelType, "pixelType");
            bits(pixelType);
            if (tileSize < 16 || tileSize % 16 != 0 || tileLength < 16 || tileLength % 16 != 0) {
                throw new IllegalArgumentException("tile width and length must be positive multiples of 16, not "
                        + tileSize + " × " + tileLength);
            }
            if (sizeZ < 1 || sizeT < 1) {
                throw new IllegalArgumentException("sizeZ and sizeT must be at least 1");
            }
            if (!(physicalSizeX > 0) || !(physicalSizeY > 0)) {
                throw new IllegalArgumentException("physical pixel sizes must be positive");
            }
        }

        /** BigTIFF, little-endian, 256-pixel tiles, levels down to 256 px, Deflate level 6, Z = T = 1, µm. */
        public static Settings of(String pixelType, double physicalSizeX, double physicalSizeY) {
            return new Settings(pixelType, physicalSizeX, physicalSizeY, "µm", 1, 1, 256, 256, 256, 6, true,
                    ByteOrder.LITTLE_ENDIAN, null);
        }

        /** Square tiles of {@code v} pixels. */
        public Settings withTileSize(int v) {
            return withTileShape(v, v);
        }

        /** Tiles {@code width} wide and {@code length} high (both multiples of 16, as TIFF requires). */
        public Settings withTileShape(int width, int length) {
            return new Settings(pixelType, physicalSizeX, physicalSizeY, physicalSizeUnit, sizeZ, sizeT, width, length,
                    pyramidMinSize, deflateLevel, bigTiff, byteOrder, uuid);
        }

        public Settings withPyramidMinSize(int v) {
            return new Settings(pixelType, physicalSizeX, physicalSizeY, physicalSizeUnit, sizeZ, sizeT, tileSize,
                    tileLength, v, deflateLevel, bigTiff, byteOrder, uuid);
        }

        public Settings withZT(int z, int t) {
            return new Settings(pixelType, physicalSizeX, physicalSizeY, physicalSizeUnit, z, t, tileSize, tileLength,
                    pyramidMinSize, deflateLevel, bigTiff, byteOrder, uuid);
        }

        public Settings withFormat(boolean big, ByteOrder order) {
            return new Settings(pixelType, physicalSizeX, physicalSizeY, physicalSizeUnit, sizeZ, sizeT, tileSize,
                    tileLength, pyramidMinSize, deflateLevel, big, order, uuid);
        }

        public Settings withUuid(String v) {
            return new Settings(pixelType, physicalSizeX, physicalSizeY, physicalSizeUnit, sizeZ, sizeT, tileSize,
                    tileLength, pyramidMinSize, deflateLevel, bigTiff, byteOrder, v);
        }

        public Settings withDeflateLevel(int v) {
            return new Settings(pixelType, physicalSizeX, physicalSizeY, physicalSizeUnit, sizeZ, sizeT, tileSize,
                    tileLength, pyramidMinSize, v, bigTiff, byteOrder, uuid);
        }
    }

    /** Supplies the rows of one plane, top to bottom. */
    @FunctionalInterface
    public interface RowSource {
        /** Fills {@code row[0 .. width)} with the values of row {@code y}. */
        void row(long y, long[] row) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final TiffWriter tiff;
    private final Settings settings;
    private final long width;
    private final long height;
    private final int planeCount;
    private final String xml;
    private final int bytesPerSample;
    private final long minValue;
    private final long maxValue;
    private final long[][] levelSizes;
    private final Deflater deflater;
    private byte[] compressed;
    /** Offset and size of the one all-background tile written so far (-1 before the first). */
    private long zeroTileOffset = -1;
    private long zeroTileCount;
    private int planesWritten;
    private boolean closed;

    private OmeTiffWriter(Path target, Path temp, FileChannel channel, Settings s, long width, long height,
                          List<String> channels) throws IOException {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.settings = s;
        this.width = width;
        this.height = height;
        this.planeCount = channels.size() * s.sizeZ() * s.sizeT();
        this.tiff = new TiffWriter(channel, s.bigTiff(), s.byteOrder());
        int bits = bits(s.pixelType());
        this.bytesPerSample = bits / 8;
        boolean signed = s.pixelType().startsWith("int");
        this.minValue = signed ? -(1L << (bits - 1)) : 0;
        this.maxValue = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        String uuid = s.uuid() != null ? s.uuid() : "urn:uuid:" + UUID.randomUUID();
        String fileName = target.getFileName().toString();
        String imageName = fileName.replaceFirst("(?i)\\.ome\\.tiff?$", "");
        this.xml = OmeXmlWriter.build(uuid, fileName, imageName, width, height, s.sizeZ(), s.sizeT(), channels,
                s.pixelType(), s.physicalSizeX(), s.physicalSizeY(), s.physicalSizeUnit(), s.byteOrder() == ByteOrder.BIG_ENDIAN);
        List<long[]> sizes = new ArrayList<>();
        long w = width;
        long h = height;
        sizes.add(new long[] {w, h});
        while (Math.max(w, h) > s.pyramidMinSize() && (w > 1 || h > 1)) {
            w = (w + 1) / 2;
            h = (h + 1) / 2;
            sizes.add(new long[] {w, h});
        }
        this.levelSizes = sizes.toArray(new long[0][]);
        this.deflater = new Deflater(s.deflateLevel());
    }

    private static int bits(String pixelType) {
        return switch (pixelType) {
            case "uint8", "int8" -> 8;
            case "uint16", "int16" -> 16;
            case "uint32", "int32" -> 32;
            default -> throw new IllegalArgumentException("pixel type " + pixelType
                    + " is not an integer mask type (uint8, uint16, uint32, int8, int16, int32)");
        };
    }

    /**
     * Starts writing {@code target}: {@code channelNames.size()} channels of {@code width × height}.
     * Nothing appears at {@code target} until {@link #close()} succeeds.
     */
    public static OmeTiffWriter create(Path target, long width, long height, List<String> channelNames, Settings settings)
            throws IOException {
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image size " + width + " × " + height + " is out of range");
        }
        if (channelNames.isEmpty()) {
            throw new IllegalArgumentException("at least one channel is needed");
        }
        if (!settings.bigTiff() && width * height * channelNames.size() * settings.sizeZ() * settings.sizeT() > (1L << 30)) {
            throw new IllegalArgumentException("use BigTIFF for images this large");
        }
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: it makes the file owner-only (0600), which would stay after the move.
        Path temp = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".part");
        FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return new OmeTiffWriter(abs, temp, ch, settings, width, height, List.copyOf(channelNames));
        } catch (IOException | RuntimeException e) {
            ch.close();
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Number of planes the image has (C · Z · T). */
    public int planeCount() {
        return planeCount;
    }

    public int planesWritten() {
        return planesWritten;
    }

    /** Pyramid level sizes {width, height}, full resolution first. */
    public List<long[]> levelSizes() {
        List<long[]> out = new ArrayList<>();
        for (long[] s : levelSizes) {
            out.add(s.clone());
        }
        return out;
    }

    /** The OME-XML written into IFD 0. */
    public String omeXml() {
        return xml;
    }

    /** Writes the next plane (XYZCT order: Z fastest, then C, then T) from a row-major array. */
    public void writePlane(long[] pixels) throws IOException {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("plane has " + pixels.length + " values, expected " + width * height);
        }
        writePlane((y, row) -> System.arraycopy(pixels, (int) (y * width), row, 0, (int) width));
    }

    /** Writes the next plane (XYZCT order: Z fastest, then C, then T), pulling its rows from {@code rows}. */
    public void writePlane(RowSource rows) throws IOException {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        if (planesWritten >= planeCount) {
            throw new IllegalStateException("all " + planeCount + " planes were written already");
        }
        Level[] levels = new Level[levelSizes.length];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = new Level(k, levelSizes[k][0], levelSizes[k][1], settings.tileSize(), settings.tileLength());
        }
        long[] row = new long[(int) width];
        for (long y = 0; y < height; y++) {
            rows.row(y, row);
            for (int x = 0; x < width; x++) {
                long v = row[x];
                if (v < minValue || v > maxValue) {
                    throw new IllegalArgumentException("value " + v + " at (x=" + x + ", y=" + y + ") of plane " + planesWritten
                            + " does not fit " + settings.pixelType());
                }
            }
            for (Level level : levels) {
                if (y % level.step == 0) {
                    level.addRow(row);
                }
            }
        }
        long[] subOffsets = new long[levels.length - 1];
        for (int k = 1; k < levels.length; k++) {
            subOffsets[k - 1] = tiff.writeDirectory(levels[k].entries(false, null));
        }
        long ifd = tiff.writeDirectory(levels[0].entries(true, subOffsets));
        tiff.chainLast(ifd);
        planesWritten++;
    }

    /** One pyramid level of the plane being written: its tile-row buffer and tile table. */
    private final class Level {
        final int step;
        final long w;
        final long h;
        final int tile;
        final int tileL;
        final int across;
        final int down;
        final byte[] buffer;
        final byte[] tileBytes;
        final long[] offsets;
        final long[] counts;
        int rowsBuffered;
        int tileRow;

        Level(int k, long w, long h, int tile, int tileL) {
            this.step = 1 << k;
            this.w = w;
            this.h = h;
            this.tile = tile;
            this.tileL = tileL;
            this.across = (int) ((w + tile - 1) / tile);
            this.down = (int) ((h + tileL - 1) / tileL);
            this.buffer = new byte[across * tile * tileL * bytesPerSample];
            this.tileBytes = new byte[tile * tileL * bytesPerSample];
            this.offsets = new long[across * down];
            this.counts = new long[across * down];
        }

        void addRow(long[] full) throws IOException {
            int rowBytes = across * tile * bytesPerSample;
            int base = rowsBuffered * rowBytes;
            boolean big = settings.byteOrder() == ByteOrder.BIG_ENDIAN;
            for (int x = 0; x < w; x++) {
                long v = full[x * step];
                if (v == 0) {
                    continue; // the buffer is all zeros after each flush: a sparse mask packs only its objects
                }
                int p = base + x * bytesPerSample;
                for (int b = 0; b < bytesPerSample; b++) {
                    int shift = 8 * (big ? bytesPerSample - 1 - b : b);
                    buffer[p + b] = (byte) (v >>> shift);
                }
            }
            rowsBuffered++;
            long levelRow = (long) tileRow * tileL + rowsBuffered;
            if (rowsBuffered == tileL || levelRow == h) {
                flush();
            }
        }

        private void flush() throws IOException {
            int rowBytes = across * tile * bytesPerSample;
            int tileRowBytes = tile * bytesPerSample;
            java.util.Arrays.fill(buffer, rowsBuffered * rowBytes, buffer.length, (byte) 0);
            for (int tx = 0; tx < across; tx++) {
                boolean background = true;
                for (int r = 0; r < tileL; r++) {
                    int from = r * rowBytes + tx * tileRowBytes;
                    System.arraycopy(buffer, from, tileBytes, r * tileRowBytes, tileRowBytes);
                    background = background && isZero(buffer, from, tileRowBytes);
                }
                int index = tileRow * across + tx;
                if (background && zeroTileOffset >= 0) {
                    // All-background tiles are written once and shared: most of a sparse mask is background.
                    offsets[index] = zeroTileOffset;
                    counts[index] = zeroTileCount;
                    continue;
                }
                int n = deflate(tileBytes);
                offsets[index] = tiff.append(compressed, 0, n);
                counts[index] = n;
                if (background) {
                    zeroTileOffset = offsets[index];
                    zeroTileCount = n;
                }
            }
            java.util.Arrays.fill(buffer, 0, rowsBuffered * rowBytes, (byte) 0);
            rowsBuffered = 0;
            tileRow++;
        }

        List<TiffWriter.Entry> entries(boolean main, long[] subIfds) {
            boolean big = settings.bigTiff();
            int offType = big ? TiffTags.LONG8 : TiffTags.LONG;
            List<TiffWriter.Entry> e = new ArrayList<>();
            e.add(TiffWriter.Entry.ints(TiffTags.NEW_SUBFILE_TYPE, TiffTags.LONG, main ? 0 : 1));
            e.add(TiffWriter.Entry.ints(TiffTags.IMAGE_WIDTH, TiffTags.LONG, w));
            e.add(TiffWriter.Entry.ints(TiffTags.IMAGE_LENGTH, TiffTags.LONG, h));
            e.add(TiffWriter.Entry.ints(TiffTags.BITS_PER_SAMPLE, TiffTags.SHORT, bytesPerSample * 8L));
            e.add(TiffWriter.Entry.ints(TiffTags.COMPRESSION, TiffTags.SHORT, TiffTags.COMPRESSION_ADOBE_DEFLATE));
            e.add(TiffWriter.Entry.ints(TiffTags.PHOTOMETRIC, TiffTags.SHORT, 1));
            if (main && planesWritten == 0) {
                e.add(TiffWriter.Entry.ascii(TiffTags.IMAGE_DESCRIPTION, xml.getBytes(StandardCharsets.UTF_8)));
            }
            e.add(TiffWriter.Entry.ints(TiffTags.SAMPLES_PER_PIXEL, TiffTags.SHORT, 1));
            e.add(TiffWriter.Entry.ints(TiffTags.PLANAR_CONFIGURATION, TiffTags.SHORT, 1));
            if (main) {
                e.add(TiffWriter.Entry.ascii(TiffTags.SOFTWARE, "maskgate".getBytes(StandardCharsets.US_ASCII)));
            }
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_WIDTH, TiffTags.LONG, tile));
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_LENGTH, TiffTags.LONG, tileL));
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_OFFSETS, offType, offsets));
            e.add(TiffWriter.Entry.ints(TiffTags.TILE_BYTE_COUNTS, offType, counts));
            if (subIfds != null && subIfds.length > 0) {
                e.add(TiffWriter.Entry.ints(TiffTags.SUB_IFDS, big ? TiffTags.IFD8 : TiffTags.IFD, subIfds));
            }
            e.add(TiffWriter.Entry.ints(TiffTags.SAMPLE_FORMAT, TiffTags.SHORT, settings.pixelType().startsWith("int") ? 2 : 1));
            return e;
        }
    }

    private static boolean isZero(byte[] b, int from, int len) {
        for (int i = from, end = from + len; i < end; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Deflates {@code data} (zlib format, as TIFF code 8 requires) into {@link #compressed}; returns the length. */
    private int deflate(byte[] data) {
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        if (compressed == null) {
            compressed = new byte[data.length + data.length / 100 + 1024];
        }
        int n = 0;
        while (!deflater.finished()) {
            if (n == compressed.length) {
                compressed = java.util.Arrays.copyOf(compressed, compressed.length * 2);
            }
            n += deflater.deflate(compressed, n, compressed.length - n);
        }
        return n;
    }

    /**
     * Finishes the file and moves it to the target. If not every plane was written, the partial
     * file is deleted and an {@link IllegalStateException} is thrown.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        deflater.end();
        try {
            channel.force(true);
        } finally {
            channel.close();
        }
        if (planesWritten < planeCount) {
            Files.deleteIfExists(temp);
            throw new IllegalStateException("only " + planesWritten + " of " + planeCount + " planes were written; "
                    + target + " was not created");
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Discards the partial file. */
    public void abort() throws IOException {
        if (!closed) {
            closed = true;
            deflater.end();
            channel.close();
            Files.deleteIfExists(temp);
        }
    }
}
