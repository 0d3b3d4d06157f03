package io.maskgate.zarr.codec;

/**
 * Where optional native codecs come from. {@link #DEFAULT} loads blosc-java lazily, the first time
 * an array uses blosc; tests use {@link #withoutBlosc(String)} to exercise the unavailable path.
 */
public final class CodecEnvironment {

    /** Loads the Blosc JNI binding on first use. */
    public static final CodecEnvironment DEFAULT = new CodecEnvironment(null, null);

    private final BloscBackend blosc;
    private final String bloscUnavailable;

    private CodecEnvironment(BloscBackend blosc, String bloscUnavailable) {
        this.blosc = blosc;
        this.bloscUnavailable = bloscUnavailable;
    }

    /** An environment whose Blosc cannot load, for {@code reason}. */
    public static CodecEnvironment withoutBlosc(String reason) {
        return new CodecEnvironment(null, reason);
    }

    /** An environment with a specific Blosc implementation. */
    public static CodecEnvironment withBlosc(BloscBackend backend) {
        return new CodecEnvironment(backend, null);
    }

    /** The Blosc implementation, or a message saying why there is none. */
    BloscBackend blosc(String pointer) throws CodecConfigException {
        if (blosc != null) {
            return blosc;
        }
        if (bloscUnavailable != null) {
            throw new CodecConfigException(pointer, "blosc codec unavailable: " + bloscUnavailable);
        }
        try {
            return BloscJni.load();
        } catch (BloscJni.UnavailableException e) {
            throw new CodecConfigException(pointer, "blosc codec unavailable: " + e.getMessage());
        }
    }
}
