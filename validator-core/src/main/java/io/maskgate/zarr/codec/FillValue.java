package io.maskgate.zarr.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.zarr.DataType;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The bytes of one element holding an array's {@code fill_value}, little-endian (the byte order of
 * every decoded chunk in this package), and fast filling of buffers with it.
 */
public final class FillValue {

    private final byte[] element;
    private final boolean uniform;

    private FillValue(byte[] element) {
        this.element = element;
        boolean same = true;
        for (byte b : element) {
            same &= b == element[0];
        }
        this.uniform = same;
    }

    /** A fill value given by its element bytes (little-endian). */
    public static FillValue ofBytes(byte[] element) {
        return new FillValue(element.clone());
    }

    /**
     * Parses a Zarr v3 {@code fill_value} for a core data type.
     *
     * @throws CodecConfigException when the value does not fit the data type (the metadata reader
     *                              should have reported it already; the chunk reader must not crash)
     */
    public static FillValue parse(DataType type, JsonNode node) throws CodecConfigException {
        if (node == null || node.isNull()) {
            throw bad("fill_value is missing or null");
        }
        byte[] b = new byte[type.byteSize()];
        switch (type.kind()) {
            case BOOL -> {
                if (!node.isBoolean()) {
                    throw bad("fill_value " + node + " is not a boolean");
                }
                b[0] = (byte) (node.booleanValue() ? 1 : 0);
            }
            case SIGNED, UNSIGNED -> putInteger(b, 0, b.length, type.kind() == DataType.Kind.SIGNED, node);
            case FLOAT -> putFloat(b, 0, b.length, node);
            case COMPLEX -> {
                if (!node.isArray() || node.size() != 2) {
                    throw bad("fill_value " + node + " is not a [real, imaginary] pair");
                }
                putFloat(b, 0, b.length / 2, node.get(0));
                putFloat(b, b.length / 2, b.length / 2, node.get(1));
            }
            case RAW -> {
                if (!node.isArray() || node.size() != b.length) {
                    throw bad("fill_value " + node + " is not an array of " + b.length + " byte values");
                }
                for (int i = 0; i < b.length; i++) {
                    JsonNode v = node.get(i);
                    if (!v.canConvertToExactIntegral() || v.asLong() < 0 || v.asLong() > 255) {
                        throw bad("fill_value " + node + " has an entry that is not a byte value 0..255");
                    }
                    b[i] = (byte) v.asInt();
                }
            }
            default -> throw bad("unsupported data type " + type.name());
        }
        return new FillValue(b);
    }

    private static void putInteger(byte[] b, int off, int size, boolean signed, JsonNode node) throws CodecConfigException {
        if (!node.isIntegralNumber() && !(node.isNumber() && node.canConvertToExactIntegral())) {
            throw bad("fill_value " + node + " is not an integer");
        }
        BigInteger v = node.bigIntegerValue();
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw bad("fill_value " + node + " is outside " + min + ".." + max);
        }
        long bits = v.longValue();
        for (int i = 0; i < size; i++) {
            b[off + i] = (byte) (bits >>> (8 * i));
        }
    }

    private static void putFloat(byte[] b, int off, int size, JsonNode node) throws CodecConfigException {
        long bits;
        if (node.isTextual() && node.textValue().startsWith("0x")) {
            String hex = node.textValue().substring(2);
            if (hex.length() != size * 2) {
                throw bad("fill_value " + node + " must have " + size * 2 + " hex digits");
            }
            try {
                bits = Long.parseUnsignedLong(hex, 16);
            } catch (NumberFormatException e) {
                throw bad("fill_value " + node + " is not hexadecimal");
            }
        } else {
            double d;
            if (node.isNumber()) {
                d = node.doubleValue();
            } else if (node.isTextual()) {
                d = switch (node.textValue()) {
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    case "-Infinity" -> Double.NEGATIVE_INFINITY;
                    default -> throw bad("fill_value " + node + " is not a number, NaN, Infinity, -Infinity or 0x hex");
                };
            } else {
                throw bad("fill_value " + node + " is not a number");
            }
            bits = switch (size) {
                case 2 -> floatToHalf((float) d);
                case 4 -> Float.floatToIntBits((float) d) & 0xFFFFFFFFL;
                case 8 -> Double.doubleToLongBits(d);
                default -> throw bad("unsupported float size " + size);
            };
        }
        for (int i = 0; i < size; i++) {
            b[off + i] = (byte) (bits >>> (8 * i));
        }
    }

    /** IEEE 754 binary16 bits of {@code f}, round to nearest even (Java 17 has no Float.floatToFloat16). */
    static int floatToHalf(float f) {
        int x = Float.floatToIntBits(f);
        int sign = (x >>> 16) & 0x8000;
        int exp = (x >>> 23) & 0xFF;
        int mant = x & 0x7FFFFF;
        if (exp == 0xFF) {
            return sign | 0x7C00 | (mant != 0 ? 0x200 | (mant >>> 13) : 0);
        }
        int e = exp - 127 + 15;
        if (e >= 0x1F) {
            return sign | 0x7C00;
        }
        if (e <= 0) {
            if (e < -10) {
                return sign;
            }
            mant |= 0x800000;
            int shift = 14 - e;
            int half = mant >>> shift;
            int rem = mant & ((1 << shift) - 1);
            int mid = 1 << (shift - 1);
            if (rem > mid || (rem == mid && (half & 1) != 0)) {
                half++;
            }
            return sign | half;
        }
        int half = (e << 10) | (mant >>> 13);
        int rem = mant & 0x1FFF;
        if (rem > 0x1000 || (rem == 0x1000 && (half & 1) != 0)) {
            half++;
        }
        return sign | half;
    }

    private static CodecConfigException bad(String message) {
        return new CodecConfigException("/fill_value", message);
    }

    /** Bytes per element. */
    public int size() {
        return element.length;
    }

    /** A copy of the element bytes. */
    public byte[] bytes() {
        return element.clone();
    }

    /** Fills {@code dst[off, off+len)} ({@code len} a multiple of the element size) with the fill value. */
    public void fill(byte[] dst, int off, int len) {
        if (uniform) {
            Arrays.fill(dst, off, off + len, element[0]);
            return;
        }
        int n = Math.min(element.length, len);
        System.arraycopy(element, 0, dst, off, n);
        // Doubling copies: log2(len) arraycopy calls instead of one per element.
        while (n < len) {
            int c = Math.min(n, len - n);
            System.arraycopy(dst, off, dst, off + n, c);
            n += c;
        }
    }

    /** Whether {@code src[off, off+len)} holds only the fill value. */
    public boolean isFilled(byte[] src, int off, int len) {
        int size = element.length;
        for (int i = 0; i < len; i++) {
            if (src[off + i] != element[i % size]) {
                return false;
            }
        }
        return true;
    }
}
