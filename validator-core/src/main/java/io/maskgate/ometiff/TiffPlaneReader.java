package io.maskgate.ometiff;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads the pixels of one image IFD row by row, top to bottom, into a {@code long[]}: memory is one
 * row plus one open decoder per tile column, never a whole plane. Supports strips and tiles,
 * compression none / LZW / Deflate (8 and 32946) / PackBits, horizontal predictor (2), and one
 * integer sample of 8, 16 or 32 bits (signed or unsigned) per pixel.
 */
public final class TiffPlaneReader implements AutoCloseable {

    /** Rows wider than this are not analysed (a row buffer is 8 bytes per pixel). */
    public static final long MAX_WIDTH = 1L << 20;
    /** A compressed block cannot expand more than this (Deflate's limit is about 1032:1, LZW's about 1400:1). */
    static final long MAX_EXPANSION = 1500;
    /** More strips or tiles than this per image are not read (their tables need 16 bytes each). */
    public static final long MAX_BLOCKS = 1L << 24;

    private final TiffImage image;
    private final TiffInput input;
    private final long[] offsets;
    private final long[] byteCounts;
    private final int width;
    private final int bytesPerSample;
    private final int blockWidth;
    private final int across;
    private final InputStream[] streams;
    private final Inflater[] inflaters;
    private final byte[] segment;
    private final boolean bigEndian;
    private long nextRow;
    private long openBlockRow = -1;

    private TiffPlaneReader(TiffImage image, TiffInput input, long[] offsets, long[] byteCounts) {
        this.image = image;
        this.input = input;
        this.offsets = offsets;
        this.byteCounts = byteCounts;
        this.width = (int) image.width();
        this.bytesPerSample = image.bitsPerSample() / 8;
        this.blockWidth = (int) image.blockWidth();
        this.across = (int) image.blocksAcross();
        this.streams = new InputStream[across];
        this.inflaters = new Inflater[across];
        this.segment = new byte[blockWidth * bytesPerSample];
        this.bigEndian = input.order() == ByteOrder.BIG_ENDIAN;
    }

    /**
     * Checks that {@code image} can be decoded (compression, samples, block table inside the file,
     * plausible sizes) and opens it for reading.
     */
    public static TiffPlaneReader open(TiffFile file, TiffImage image) throws TiffException, IOException {
        String n = image.name();
        int c = image.compression();
        if (TiffTags.lossyCompression(c)) {
            throw new TiffException(TiffException.Kind.LOSSY_COMPRESSION, n + " uses " + TiffTags.compressionName(c)
                    + " compression");
        }
        if (!TiffTags.supportedCompression(c)) {
            throw new TiffException(TiffException.Kind.UNSUPPORTED_COMPRESSION, n + " uses " + TiffTags.compressionName(c)
                    + " compression");
        }
        if (image.samplesPerPixel() != 1) {
            throw new TiffException(TiffException.Kind.UNSUPPORTED_SAMPLES, n + " has " + image.samplesPerPixel()
                    + " samples per pixel; a mask has 1");
        }
        if (!image.integerSamples()) {
            throw new TiffException(TiffException.Kind.UNSUPPORTED_SAMPLES, n + " has " + image.pixelTypeName()
                    + " samples; a mask needs 8-, 16- or 32-bit integers");
        }
        if (image.predictor() != 1 && image.predictor() != 2) {
            throw new TiffException(TiffException.Kind.UNSUPPORTED_COMPRESSION, n + " uses predictor " + image.predictor()
                    + " (only 1 = none and 2 = horizontal apply to integer samples)");
        }
        if (image.height() > Integer.MAX_VALUE) {
            throw new TiffException(TiffException.Kind.TOO_LARGE, n + " is " + image.height()
                    + " rows high; maskgate analyses at most " + Integer.MAX_VALUE + " rows");
        }
        if (image.width() > MAX_WIDTH || image.blockWidth() > MAX_WIDTH) {
            throw new TiffException(TiffException.Kind.TOO_LARGE, n + " is " + image.width() + " pixels wide (tile width "
                    + image.blockWidth() + "); maskgate analyses rows of at most " + MAX_WIDTH + " pixels");
        }
        long blocks = image.blocksAcross() * image.blocksDown();
        if (blocks > MAX_BLOCKS) {
            throw new TiffException(TiffException.Kind.TOO_LARGE, n + " has " + blocks + " strips or tiles; maskgate reads at most "
                    + MAX_BLOCKS + " per image");
        }
        int offsetTag = image.tiled() ? TiffTags.TILE_OFFSETS : TiffTags.STRIP_OFFSETS;
        int countTag = image.tiled() ? TiffTags.TILE_BYTE_COUNTS : TiffTags.STRIP_BYTE_COUNTS;
        String kind = image.tiled() ? "tile" : "strip";
        TiffDirectory d = image.directory();
        // TIFF 6.0: StripOffsets/StripByteCounts (TileOffsets/TileByteCounts) hold exactly one value per strip
        // (tile) of each plane (x SamplesPerPixel for PlanarConfiguration 2). Any other count is checked before
        // a single value is read, so an absurd declared count never allocates or reads anything.
        long needed = blocks * (image.planarConfiguration() == 2 ? image.samplesPerPixel() : 1);
        String geometry = image.width() + " × " + image.height() + " image in " + (image.tiled()
                ? image.blockWidth() + " × " + image.blockHeight() + " tiles" : "strips of " + image.blockHeight() + " rows");
        checkCount(d, n, offsetTag, image.tiled() ? "TileOffsets" : "StripOffsets", needed, geometry);
        checkCount(d, n, countTag, image.tiled() ? "TileByteCounts" : "StripByteCounts", needed, geometry);
        // Only the values the geometry needs are read (at most MAX_BLOCKS), whatever the tags declare.
        long[] offsets = d.firstLongs(offsetTag, (int) blocks);
        long[] counts = d.firstLongs(countTag, (int) blocks);
        long blockBytes = image.blockWidth() * image.blockHeight() * (image.bitsPerSample() / 8);
        long expanded = 0;
        for (int i = 0; i < blocks; i++) {
            if (counts[i] == 0) {
                // Sparse blocks (libtiff reads them as zeros) are not written by OME-TIFF writers; a mask whose
                // every strip is empty is a damaged file, not an empty mask.
                throw new TiffException(TiffException.Kind.CORRUPT, n + " " + kind + " " + i + " has 0 bytes (tag "
                        + countTag + " " + (image.tiled() ? "TileByteCounts" : "StripByteCounts") + " value " + i
                        + "); every " + kind + " must hold its pixels");
            }
            if (!file.input().inside(offsets[i], counts[i])) {
                throw new TiffException(TiffException.Kind.CORRUPT, n + " " + kind + " " + i + " (" + counts[i]
                        + " bytes at offset " + Long.toUnsignedString(offsets[i]) + ") extends past the end of the file (size "
                        + file.size() + ")");
            }
            if (c == TiffTags.COMPRESSION_NONE && counts[i] < (image.tiled() ? blockBytes
                    : rowsInStrip(image, i) * image.width() * (image.bitsPerSample() / 8))) {
                throw new TiffException(TiffException.Kind.CORRUPT, n + " " + kind + " " + i + " has " + counts[i]
                        + " bytes; uncompressed it needs " + (image.tiled() ? blockBytes
                        : rowsInStrip(image, i) * image.width() * (image.bitsPerSample() / 8)));
            }
            expanded += blockBytes;
        }
        if (expanded / MAX_EXPANSION > file.size()) {
            throw new TiffException(TiffException.Kind.CORRUPT, n + " declares " + image.width() + " × " + image.height()
                    + " pixels (" + expanded + " bytes decoded) in a file of " + file.size()
                    + " bytes: no lossless compression expands more than " + MAX_EXPANSION + ":1");
        }
        return new TiffPlaneReader(image, file.input(), offsets, counts);
    }

    private static void checkCount(TiffDirectory d, String n, int tag, String tagName, long needed, String geometry)
            throws TiffException {
        if (!d.has(tag)) {
            throw new TiffException(TiffException.Kind.CORRUPT, n + " has no " + tagName + " (" + tag + ") tag; its "
                    + geometry + " needs " + needed + " values");
        }
        long declared = d.count(tag);
        if (declared != needed) {
            throw new TiffException(TiffException.Kind.CORRUPT, n + " tag " + tag + " (" + tagName + ") declares "
                    + Long.toUnsignedString(declared) + " values; its " + geometry + " needs exactly " + needed);
        }
    }

    private static long rowsInStrip(TiffImage image, int strip) {
        long start = strip * image.blockHeight();
        return Math.min(image.blockHeight(), image.height() - start);
    }

    public TiffImage image() {
        return image;
    }

    public int width() {
        return width;
    }

    public long height() {
        return image.height();
    }

    /** The row to be read next. */
    public long nextRow() {
        return nextRow;
    }

    /**
     * Reads the next row into {@code row[0 .. width)}: values as signed longs (unsigned types are
     * zero-extended).
     *
     * @throws TiffException of kind CORRUPT naming the block when its data cannot be decoded
     */
    public void readRow(long[] row) throws TiffException, IOException {
        if (nextRow >= image.height()) {
            throw new IllegalStateException("all " + image.height() + " rows of " + image.name() + " were read");
        }
        long blockRow = nextRow / image.blockHeight();
        if (blockRow != openBlockRow) {
            closeStreams();
            for (int bx = 0; bx < across; bx++) {
                streams[bx] = openBlock((int) (blockRow * across + bx), bx);
            }
            openBlockRow = blockRow;
        }
        for (int bx = 0; bx < across; bx++) {
            int x0 = bx * blockWidth;
            int n = Math.min(blockWidth, width - x0);
            int blockIndex = (int) (blockRow * across + bx);
            readSegment(streams[bx], blockIndex);
            decode(row, x0, n);
        }
        nextRow++;
        if (nextRow % image.blockHeight() == 0 || nextRow == image.height()) {
            for (int bx = 0; bx < across; bx++) {
                checkBlockEnds(streams[bx], (int) (blockRow * across + bx));
            }
        }
    }

    /**
     * After the last row of a block: a compressed block must end where its pixels do. Decoding is bounded by the
     * geometry, so a decompression bomb never costs memory, but one that inflates beyond its size is reported
     * rather than silently cut. Padding rows of tiles past the image's bottom edge are decoded (bounded) first.
     */
    private void checkBlockEnds(InputStream in, int blockIndex) throws TiffException, IOException {
        if (in == null || image.compression() == TiffTags.COMPRESSION_NONE) {
            return; // uncompressed blocks may legitimately be padded; their size was checked on open
        }
        long lastRow = (nextRow - 1) % image.blockHeight();
        long paddingRows = image.tiled() ? image.blockHeight() - 1 - lastRow : 0;
        int extra;
        try {
            // padding rows may be cut short by some writers: only bytes beyond a whole tile are an error
            for (long r = 0; r < paddingRows; r++) {
                if (in.readNBytes(segment, 0, segment.length) < segment.length) {
                    return;
                }
            }
            extra = in.read();
        } catch (ZipException | CorruptDataException | EOFException e) {
            throw corrupt(blockIndex, compressionLabel() + " data is corrupt after its pixels: " + e.getMessage());
        }
        if (extra >= 0) {
            throw corrupt(blockIndex, compressionLabel() + " data decodes to more than the " + blockBytes(blockIndex)
                    + " bytes its pixels need (a decompression bomb or a wrong tile or strip size)");
        }
    }

    private long blockBytes(int blockIndex) {
        long rows = image.tiled() ? image.blockHeight() : rowsInStrip(image, blockIndex / across);
        return rows * segment.length;
    }

    private InputStream openBlock(int index, int column) {
        if (byteCounts[index] == 0) {
            return null;
        }
        InputStream raw = input.stream(offsets[index], byteCounts[index]);
        return switch (image.compression()) {
            case TiffTags.COMPRESSION_LZW -> new LzwInputStream(raw);
            case TiffTags.COMPRESSION_PACKBITS -> new PackBitsInputStream(raw);
            case TiffTags.COMPRESSION_ADOBE_DEFLATE, TiffTags.COMPRESSION_DEFLATE_LEGACY -> {
                if (inflaters[column] == null) {
                    inflaters[column] = new Inflater();
                } else {
                    inflaters[column].reset();
                }
                yield new InflaterInputStream(raw, inflaters[column], 8192);
            }
            default -> raw;
        };
    }

    /** Fills {@link #segment} with one row of one block (a whole block row, padding included). */
    private void readSegment(InputStream in, int blockIndex) throws TiffException, IOException {
        if (in == null) {
            Arrays.fill(segment, (byte) 0);
            return;
        }
        int done = 0;
        try {
            while (done < segment.length) {
                int r = in.read(segment, done, segment.length - done);
                if (r < 0) {
                    break;
                }
                done += r;
            }
        } catch (ZipException | CorruptDataException e) {
            throw corrupt(blockIndex, compressionLabel() + " data is corrupt: " + e.getMessage());
        } catch (EOFException e) {
            throw corrupt(blockIndex, compressionLabel() + " data ends early (" + e.getMessage() + ")");
        }
        if (done < segment.length) {
            long rowInBlock = nextRow % image.blockHeight();
            throw corrupt(blockIndex, "decodes to fewer bytes than its " + image.blockWidth() + " × "
                    + image.blockHeight() + " pixels need (data ends in block row " + rowInBlock + ")");
        }
    }

    private String compressionLabel() {
        return TiffTags.compressionName(image.compression());
    }

    private TiffException corrupt(int blockIndex, String what) {
        String kind = image.tiled() ? "tile" : "strip";
        long bx = blockIndex % across;
        long by = blockIndex / across;
        String where = image.tiled() ? " (x " + bx * image.blockWidth() + ", y " + by * image.blockHeight() + ")"
                : " (rows from " + by * image.blockHeight() + ")";
        return new TiffException(TiffException.Kind.CORRUPT, image.name() + " " + kind + " " + blockIndex + where + ": " + what);
    }

    /** Converts {@link #segment} into {@code n} values at {@code row[x0..]}, undoing the predictor. */
    private void decode(long[] row, int x0, int n) {
        byte[] s = segment;
        boolean predictor = image.predictor() == 2;
        boolean signed = image.signed();
        switch (bytesPerSample) {
            case 1 -> {
                int acc = 0;
                for (int i = 0; i < n; i++) {
                    int v = s[i] & 0xFF;
                    acc = predictor ? (acc + v) & 0xFF : v;
                    row[x0 + i] = signed ? (byte) acc : acc;
                }
            }
            case 2 -> {
                int acc = 0;
                for (int i = 0; i < n; i++) {
                    int a = s[2 * i] & 0xFF;
                    int b = s[2 * i + 1] & 0xFF;
                    int v = bigEndian ? (a << 8) | b : (b << 8) | a;
                    acc = predictor ? (acc + v) & 0xFFFF : v;
                    row[x0 + i] = signed ? (short) acc : acc;
                }
            }
            default -> {
                int acc = 0;
                for (int i = 0; i < n; i++) {
                    int p = 4 * i;
                    int v = bigEndian
                            ? (s[p] & 0xFF) << 24 | (s[p + 1] & 0xFF) << 16 | (s[p + 2] & 0xFF) << 8 | (s[p + 3] & 0xFF)
                            : (s[p + 3] & 0xFF) << 24 | (s[p + 2] & 0xFF) << 16 | (s[p + 1] & 0xFF) << 8 | (s[p] & 0xFF);
                    acc = predictor ? acc + v : v;
                    row[x0 + i] = signed ? acc : acc & 0xFFFFFFFFL;
                }
            }
        }
    }

    private void closeStreams() throws IOException {
        for (int i = 0; i < streams.length; i++) {
            if (streams[i] != null) {
                streams[i].close();
                streams[i] = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closeStreams();
        for (Inflater inf : inflaters) {
            if (inf != null) {
                inf.end();
            }
        }
    }
}
