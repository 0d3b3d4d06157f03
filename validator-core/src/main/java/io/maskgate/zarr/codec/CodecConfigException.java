package io.maskgate.zarr.codec;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;

/**
 * An array's codecs cannot be decoded here: an unknown or unsupported codec or setting, a codec
 * whose native library does not load, or a chunk too large to decode in one piece. Reported once
 * per array as {@code ZARR_CODEC_UNAVAILABLE}, never once per chunk.
 */
public final class CodecConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    /** @param pointer JSON pointer of the codec in the array's zarr.json, e.g. {@code /codecs/1} */
    public CodecConfigException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }

    /** The finding for the array's {@code zarr.json} ({@code file}). */
    public Finding toFinding(String file) {
        return ChunkProblemKind.CODEC_UNAVAILABLE.meta().finding(file,
                pointer == null ? Location.NONE : Location.pointer(pointer), getMessage());
    }
}
