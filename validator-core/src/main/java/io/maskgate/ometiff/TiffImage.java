package io.maskgate.ometiff;

import java.io.IOException;

/**
 * The image layout of one IFD: size, sample format, compression, and strip or tile geometry.
 * Built from the tags alone; the block offsets are read and checked only by {@link TiffPlaneReader}.
 *
 * @param newSubfileType tag 254 (bit 0 set = reduced-resolution image)
 * @param sampleFormat   1 unsigned integer, 2 signed integer, 3 floating point (TIFF's default is 1)
 * @param blockWidth     tile width, or the image width for strips
 * @param blockHeight    tile length, or rows per strip (capped at the image height)
 */
public record TiffImage(TiffDirectory directory, long width, long height, int samplesPerPixel, int bitsPerSample,
                        int sampleFormat, int compression, int predictor, int planarConfiguration,
                        boolean tiled, long blockWidth, long blockHeight, long newSubfileType) {

    /** Reads the layout tags of {@code d}. */
    public static TiffImage of(TiffDirectory d) throws TiffException, IOException {
        String n = d.name();
        if (!d.has(TiffTags.IMAGE_WIDTH) || !d.has(TiffTags.IMAGE_LENGTH)) {
            throw new TiffException(TiffException.Kind.CORRUPT, n + " has no " + (d.has(TiffTags.IMAGE_WIDTH)
                    ? "ImageLength (257)" : "ImageWidth (256)") + " tag");
        }
        long width = d.scalar(TiffTags.IMAGE_WIDTH, 0);
        long height = d.scalar(TiffTags.IMAGE_LENGTH, 0);
        if (width <= 0 || height <= 0) {
            throw new TiffException(TiffException.Kind.CORRUPT, n + " declares an empty image (" + width + " × " + height + ")");
        }
        long spp = d.scalar(TiffTags.SAMPLES_PER_PIXEL, 1);
        if (spp < 1 || spp > 65535) {
            throw new TiffException(TiffException.Kind.CORRUPT, n + " declares " + spp + " samples per pixel");
        }
        long[] bits = d.longs(TiffTags.BITS_PER_SAMPLE, 65535);
        long bps = bits.length == 0 ? 1 : bits[0];
        for (long b : bits) {
            if (b != bps) {
                throw new TiffException(TiffException.Kind.UNSUPPORTED_SAMPLES, n + " has samples of different bit depths");
            }
        }
        long format = d.scalar(TiffTags.SAMPLE_FORMAT, 1);
        long compression = d.scalar(TiffTags.COMPRESSION, 1);
        long predictor = d.scalar(TiffTags.PREDICTOR, 1);
        long planar = d.scalar(TiffTags.PLANAR_CONFIGURATION, 1);
        boolean tiled = d.has(TiffTags.TILE_WIDTH) || d.has(TiffTags.TILE_OFFSETS);
        long bw;
        long bh;
        if (tiled) {
            bw = d.scalar(TiffTags.TILE_WIDTH, 0);
            bh = d.scalar(TiffTags.TILE_LENGTH, 0);
            if (bw <= 0 || bh <= 0) {
                throw new TiffException(TiffException.Kind.CORRUPT, n + " is tiled but declares tile size " + bw + " × " + bh);
            }
        } else {
            bw = width;
            long rps = d.scalar(TiffTags.ROWS_PER_STRIP, 0xFFFFFFFFL);
            if (rps <= 0) {
                throw new TiffException(TiffException.Kind.CORRUPT, n + " declares RowsPerStrip " + rps);
            }
            bh = Math.min(rps, height);
        }
        long nst = d.scalar(TiffTags.NEW_SUBFILE_TYPE, 0);
        return new TiffImage(d, width, height, (int) spp, (int) Math.min(bps, Integer.MAX_VALUE), (int) format,
                (int) compression, (int) predictor, (int) planar, tiled, bw, bh, nst);
    }

    /** True for one integer sample of 8, 16 or 32 bits: the layouts a label mask can have here. */
    public boolean integerSamples() {
        return (sampleFormat == 1 || sampleFormat == 2) && (bitsPerSample == 8 || bitsPerSample == 16 || bitsPerSample == 32);
    }

    public boolean signed() {
        return sampleFormat == 2;
    }

    /** The OME pixel type matching this layout (e.g. {@code uint16}), or a description when there is none. */
    public String pixelTypeName() {
        return switch (sampleFormat) {
            case 1 -> bitsPerSample == 1 ? "bit" : "uint" + bitsPerSample;
            case 2 -> "int" + bitsPerSample;
            case 3 -> bitsPerSample == 32 ? "float" : bitsPerSample == 64 ? "double" : "float" + bitsPerSample;
            default -> "SampleFormat " + sampleFormat + " with " + bitsPerSample + " bits";
        };
    }

    /** Number of strips or tiles down the image. */
    public long blocksDown() {
        return (height + blockHeight - 1) / blockHeight;
    }

    /** Number of tiles across (1 for strips). */
    public long blocksAcross() {
        return (width + blockWidth - 1) / blockWidth;
    }

    public String name() {
        return directory.name();
    }
}
