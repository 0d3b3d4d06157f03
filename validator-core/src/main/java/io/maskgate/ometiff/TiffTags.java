package io.maskgate.ometiff;

/** The TIFF tag numbers, field types and compression codes this package reads or writes. */
final class TiffTags {

    private TiffTags() {
    }

    static final int NEW_SUBFILE_TYPE = 254;
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int IMAGE_DESCRIPTION = 270;
    static final int STRIP_OFFSETS = 273;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int PLANAR_CONFIGURATION = 284;
    static final int SOFTWARE = 305;
    static final int PREDICTOR = 317;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int SUB_IFDS = 330;
    static final int SAMPLE_FORMAT = 339;

    // Field types (TIFF 6.0 + BigTIFF).
    static final int BYTE = 1;
    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int RATIONAL = 5;
    static final int SBYTE = 6;
    static final int UNDEFINED = 7;
    static final int SSHORT = 8;
    static final int SLONG = 9;
    static final int SRATIONAL = 10;
    static final int FLOAT = 11;
    static final int DOUBLE = 12;
    static final int IFD = 13;
    static final int LONG8 = 16;
    static final int SLONG8 = 17;
    static final int IFD8 = 18;

    /** Size in bytes of one value of a field type, or 0 for an unknown type. */
    static int typeSize(int type) {
        return switch (type) {
            case BYTE, ASCII, SBYTE, UNDEFINED -> 1;
            case SHORT, SSHORT -> 2;
            case LONG, SLONG, FLOAT, IFD -> 4;
            case RATIONAL, SRATIONAL, DOUBLE, LONG8, SLONG8, IFD8 -> 8;
            default -> 0;
        };
    }

    // Compression codes.
    static final int COMPRESSION_NONE = 1;
    static final int COMPRESSION_LZW = 5;
    static final int COMPRESSION_ADOBE_DEFLATE = 8;
    static final int COMPRESSION_PACKBITS = 32773;
    static final int COMPRESSION_DEFLATE_LEGACY = 32946;

    /** True for the codes this package decodes. */
    static boolean supportedCompression(int code) {
        return code == COMPRESSION_NONE || code == COMPRESSION_LZW || code == COMPRESSION_ADOBE_DEFLATE
                || code == COMPRESSION_PACKBITS || code == COMPRESSION_DEFLATE_LEGACY;
    }

    /** True for codes whose codecs are (or usually are) lossy: JPEG family, JPEG 2000, WebP, JPEG XL, LERC. */
    static boolean lossyCompression(int code) {
        return switch (code) {
            case 6, 7, 33003, 33004, 33005, 34712, 34892, 34887, 50001, 50002, 52546 -> true;
            default -> false;
        };
    }

    /** A readable name for a compression code. */
    static String compressionName(int code) {
        return switch (code) {
            case 1 -> "none (1)";
            case 2 -> "CCITT RLE (2)";
            case 3 -> "CCITT Group 3 (3)";
            case 4 -> "CCITT Group 4 (4)";
            case 5 -> "LZW (5)";
            case 6 -> "old-style JPEG (6)";
            case 7 -> "JPEG (7)";
            case 8 -> "Adobe Deflate (8)";
            case 32773 -> "PackBits (32773)";
            case 32946 -> "Deflate, legacy code (32946)";
            case 33003, 33004, 33005 -> "Aperio JPEG 2000 (" + code + ")";
            case 34712 -> "JPEG 2000 (34712)";
            case 34887 -> "LERC (34887)";
            case 34892 -> "lossy JPEG (34892)";
            case 34925 -> "LZMA (34925)";
            case 50000 -> "Zstandard (50000)";
            case 50001 -> "WebP (50001)";
            case 50002, 52546 -> "JPEG XL (" + code + ")";
            default -> "code " + code;
        };
    }
}
