package io.maskgate.zarr.codec;

import com.scalableminds.bloscjava.Blosc;

import java.util.Arrays;

/**
 * Blosc through {@code com.scalableminds:blosc-java} (JNI around c-blosc 1.21, natives for
 * linux-x86_64, windows-x64 and macOS). The native library is loaded the first time this class
 * is used, inside {@link #load()}, so a machine without it gets one clear "unavailable" reason
 * instead of a crash. The bundled c-blosc is built without snappy.
 */
final class BloscJni implements BloscBackend {

    /** Loaded at most once per class loader; holds either the backend or why it cannot load. */
    private static final class Holder {
        static final Object RESULT = tryLoad();
    }

    private BloscJni() {
    }

    /** The backend, or a {@link CodecConfigException} message explaining why it is unavailable. */
    static BloscBackend load() throws UnavailableException {
        Object r = Holder.RESULT;
        if (r instanceof BloscBackend b) {
            return b;
        }
        throw new UnavailableException((String) r);
    }

    private static Object tryLoad() {
        try {
            BloscJni jni = new BloscJni();
            byte[] probe = new byte[256];
            Arrays.fill(probe, (byte) 7);
            byte[] back = jni.decompress(jni.compress(probe, 1, "lz4", 5, 1, 0));
            if (!Arrays.equals(probe, back)) {
                return "blosc-java self-test returned different bytes";
            }
            return jni;
        } catch (LinkageError | Exception e) {
            return "the blosc-java native library cannot be loaded on " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + " (" + e + ")";
        }
    }

    @Override
    public boolean supports(int code) {
        return code == BLOSCLZ || code == LZ4 || code == ZLIB || code == ZSTD;
    }

    @Override
    public byte[] decompress(byte[] src) {
        return Blosc.decompress(src, 1);
    }

    @Override
    public byte[] compress(byte[] src, int typesize, String cname, int clevel, int shuffle, int blocksize) {
        return Blosc.compress(src, typesize, Blosc.Compressor.fromString(cname), clevel,
                Blosc.Shuffle.fromInt(shuffle), blocksize, 1);
    }

    /** Why Blosc cannot be used here. */
    static final class UnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnavailableException(String message) {
            super(message);
        }
    }
}
