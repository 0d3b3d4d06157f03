package io.maskgate.zarr;

/**
 * How chunk grid coordinates map to store keys (relative to the array folder).
 *
 * @param name      {@code default} ({@code c/1/2/3}) or {@code v2} ({@code 1.2.3})
 * @param separator {@code /} or {@code .}
 */
public record ChunkKeyEncoding(String name, char separator) {

    /** zarr-python's default: {@code c/0/1/2}. */
    public static final ChunkKeyEncoding DEFAULT = new ChunkKeyEncoding("default", '/');

    /** The key of the chunk at {@code coords}. */
    public String key(long[] coords) {
        StringBuilder sb = new StringBuilder();
        if ("default".equals(name)) {
            sb.append('c');
            for (long c : coords) {
                sb.append(separator).append(c);
            }
            return sb.toString();
        }
        if (coords.length == 0) {
            return "0";
        }
        for (int i = 0; i < coords.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(coords[i]);
        }
        return sb.toString();
    }
}
