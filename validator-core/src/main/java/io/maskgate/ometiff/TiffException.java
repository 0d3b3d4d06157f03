package io.maskgate.ometiff;

/**
 * A TIFF that cannot be read as declared. The message states the real cause with offsets and
 * sizes (e.g. "IFD 2 at offset 123456 points past the end of the file (size 9000)") so that it
 * can be reported once, as is, without a stack trace.
 */
public final class TiffException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem; the validator maps each kind to one rule. */
    public enum Kind {
        /** The header is not a TIFF or BigTIFF header. */
        NOT_TIFF,
        /** The structure or the compressed data is broken (truncated, out of range, undecodable). */
        CORRUPT,
        /** The IFD chain or the SubIFD tree visits an IFD twice. */
        IFD_LOOP,
        /** A compression this package does not decode. */
        UNSUPPORTED_COMPRESSION,
        /** A lossy compression. */
        LOSSY_COMPRESSION,
        /** A sample layout that is not one integer sample of 8, 16 or 32 bits per pixel. */
        UNSUPPORTED_SAMPLES,
        /** Larger than maskgate analyses (row width). */
        TOO_LARGE
    }

    private final Kind kind;

    public TiffException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
