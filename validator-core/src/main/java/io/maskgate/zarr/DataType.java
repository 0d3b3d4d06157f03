package io.maskgate.zarr;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Zarr v3 core data type: {@code bool}, {@code int8..int64}, {@code uint8..uint64},
 * {@code float16/32/64}, {@code complex64/128} or raw bits {@code r<N>} (N a multiple of 8).
 *
 * @param name     as written in {@code zarr.json}
 * @param byteSize bytes per element
 */
public record DataType(String name, Kind kind, int byteSize) {

    /** The family of a data type, which decides how a fill value is written. */
    public enum Kind { BOOL, SIGNED, UNSIGNED, FLOAT, COMPLEX, RAW }

    private static final Pattern RAW = Pattern.compile("r([1-9][0-9]*)");

    public static final DataType UINT8 = new DataType("uint8", Kind.UNSIGNED, 1);

    /** Parses a core data type name; empty for anything else (an extension or a typo). */
    public static Optional<DataType> parse(String name) {
        return Optional.ofNullable(switch (name) {
            case "bool" -> new DataType(name, Kind.BOOL, 1);
            case "int8" -> new DataType(name, Kind.SIGNED, 1);
            case "int16" -> new DataType(name, Kind.SIGNED, 2);
            case "int32" -> new DataType(name, Kind.SIGNED, 4);
            case "int64" -> new DataType(name, Kind.SIGNED, 8);
            case "uint8" -> UINT8;
            case "uint16" -> new DataType(name, Kind.UNSIGNED, 2);
            case "uint32" -> new DataType(name, Kind.UNSIGNED, 4);
            case "uint64" -> new DataType(name, Kind.UNSIGNED, 8);
            case "float16" -> new DataType(name, Kind.FLOAT, 2);
            case "float32" -> new DataType(name, Kind.FLOAT, 4);
            case "float64" -> new DataType(name, Kind.FLOAT, 8);
            case "complex64" -> new DataType(name, Kind.COMPLEX, 8);
            case "complex128" -> new DataType(name, Kind.COMPLEX, 16);
            default -> raw(name);
        });
    }

    private static DataType raw(String name) {
        Matcher m = RAW.matcher(name);
        if (!m.matches()) {
            return null;
        }
        int bits;
        try {
            bits = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        return bits % 8 == 0 ? new DataType(name, Kind.RAW, bits / 8) : null;
    }
}
