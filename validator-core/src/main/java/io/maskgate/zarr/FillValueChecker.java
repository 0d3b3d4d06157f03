package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Checks {@code fill_value} against the data type: its JSON form ({@link FillValueInvalidRule})
 * and its range ({@link FillValueRangeRule}).
 */
final class FillValueChecker {

    private static final BigDecimal FLOAT16_MAX = BigDecimal.valueOf(65504);
    private static final BigDecimal FLOAT32_MAX = new BigDecimal(Float.MAX_VALUE);
    private static final BigDecimal FLOAT64_MAX = new BigDecimal(Double.MAX_VALUE);

    private final MetadataDocument doc;

    FillValueChecker(MetadataDocument doc) {
        this.doc = doc;
    }

    /** True when the fill value is present and valid for {@code type}. */
    boolean check(DataType type) {
        JsonNode value = doc.member("fill_value");
        if (value == null) {
            return false; // absent: reported by the schema layer
        }
        String p = "/fill_value";
        if (value.isNull()) {
            invalid(p, "fill_value must not be null; " + type.name() + " needs " + form(type));
            return false;
        }
        return switch (type.kind()) {
            case BOOL -> bool(value, p);
            case SIGNED, UNSIGNED -> integer(value, p, type);
            case FLOAT -> floating(value, p, type.name(), type.byteSize());
            case COMPLEX -> complex(value, p, type);
            case RAW -> raw(value, p, type);
        };
    }

    private boolean bool(JsonNode value, String p) {
        if (value.isBoolean()) {
            return true;
        }
        invalid(p, "fill_value for bool must be true or false, found " + JsonText.describe(value));
        return false;
    }

    private boolean integer(JsonNode value, String p, DataType type) {
        if (!value.isIntegralNumber()) {
            invalid(p, "fill_value for " + type.name() + " must be an integer, found " + JsonText.describe(value));
            return false;
        }
        int bits = type.byteSize() * 8;
        BigInteger min = type.kind() == DataType.Kind.SIGNED ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = type.kind() == DataType.Kind.SIGNED
                ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger v = value.bigIntegerValue();
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            doc.report(FillValueRangeRule.class, p, "fill_value " + v + " is outside the " + type.name() + " range "
                    + min + ".." + max);
            return false;
        }
        return true;
    }

    /** A float (or a complex component) of {@code byteSize} bytes. */
    private boolean floating(JsonNode value, String p, String typeName, int byteSize) {
        if (value.isNumber()) {
            BigDecimal max = byteSize == 2 ? FLOAT16_MAX : byteSize == 4 ? FLOAT32_MAX : FLOAT64_MAX;
            if (value.decimalValue().abs().compareTo(max) > 0) {
                doc.report(FillValueRangeRule.class, p, "fill_value " + JsonText.value(value) + " is beyond the largest finite "
                        + typeName + " value (" + max.round(new java.math.MathContext(6)) + ")",
                        "Use \"Infinity\" or \"-Infinity\" for infinite fill values, or a value the type can hold.");
                return false;
            }
            return true;
        }
        if (value.isTextual()) {
            String s = value.textValue();
            if (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity")) {
                return true;
            }
            if (s.startsWith("0x")) {
                if (s.length() == 2 + 2 * byteSize && isHex(s, 2)) {
                    return true;
                }
                invalid(p, "hexadecimal fill_value \"" + shorten(s) + "\" for " + typeName + " needs \"0x\" and exactly "
                        + 2 * byteSize + " hex digits");
                return false;
            }
        }
        invalid(p, "fill_value for " + typeName + " must be a number, \"NaN\", \"Infinity\", \"-Infinity\" or a \"0x\" hex "
                + "string, found " + JsonText.describe(value));
        return false;
    }

    private boolean complex(JsonNode value, String p, DataType type) {
        if (!value.isArray() || value.size() != 2) {
            invalid(p, "fill_value for " + type.name() + " must be an array [real, imaginary], found "
                    + JsonText.describe(value));
            return false;
        }
        String component = type.byteSize() == 8 ? "float32" : "float64";
        boolean re = floating(value.get(0), p + "/0", type.name() + " (" + component + " part)", type.byteSize() / 2);
        boolean im = floating(value.get(1), p + "/1", type.name() + " (" + component + " part)", type.byteSize() / 2);
        return re && im;
    }

    private boolean raw(JsonNode value, String p, DataType type) {
        if (!value.isArray() || value.size() != type.byteSize()) {
            invalid(p, "fill_value for " + type.name() + " must be an array of " + type.byteSize()
                    + " byte values, found " + JsonText.describe(value));
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < value.size(); i++) {
            JsonNode b = value.get(i);
            String pi = JsonPointers.child(p, i);
            if (!b.isIntegralNumber()) {
                invalid(pi, "fill_value/" + i + " for " + type.name() + " must be a byte value 0..255, found "
                        + JsonText.describe(b));
                ok = false;
            } else if (!b.canConvertToInt() || b.intValue() < 0 || b.intValue() > 255) {
                doc.report(FillValueRangeRule.class, pi, "fill_value/" + i + " " + JsonText.value(b)
                        + " is outside the byte range 0..255");
                ok = false;
            }
        }
        return ok;
    }

    private void invalid(String pointer, String message) {
        doc.report(FillValueInvalidRule.class, pointer, message);
    }

    private static String form(DataType type) {
        return switch (type.kind()) {
            case BOOL -> "true or false";
            case SIGNED, UNSIGNED -> "an integer";
            case FLOAT -> "a number or \"NaN\"/\"Infinity\"/\"-Infinity\"";
            case COMPLEX -> "[real, imaginary]";
            case RAW -> "an array of " + type.byteSize() + " byte values";
        };
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
