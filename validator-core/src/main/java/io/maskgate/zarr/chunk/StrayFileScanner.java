package io.maskgate.zarr.chunk;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.storage.Storage;
import io.maskgate.zarr.ChunkKeyEncoding;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds files in an array folder that are neither its {@code zarr.json} nor the key of a chunk
 * inside the chunk grid: keys outside the grid, keys in another encoding or with the wrong
 * separator, and unrelated files. Lists the folder's keys once, classifying each by parsing it; it
 * never builds the set of expected keys (a local listing holds one folder's entries at a time).
 */
public final class StrayFileScanner {

    private static final RuleMeta RULE = RuleMeta.of(ChunkStrayFile.class);

    private final ChunkKeyEncoding encoding;
    private final long[] grid;
    private final long[] parsed;

    /** @param gridShape chunks along each dimension */
    public StrayFileScanner(ChunkKeyEncoding encoding, long[] gridShape) {
        this.encoding = encoding;
        this.grid = gridShape.clone();
        this.parsed = new long[gridShape.length];
    }

    /**
     * Reports every stray file of the array folder {@code array} as a ZARR_CHUNK_STRAY_FILE finding (in the
     * storage's listing order; reports sort findings). Folders that cannot be listed are skipped. Not
     * thread-safe: one scanner per listing.
     *
     * @param filePrefix the array folder relative to the validation target ({@code "data"})
     * @return the number of stray files
     */
    public long scan(Storage array, String filePrefix, FindingSink sink) throws IOException {
        String prefix = filePrefix == null || filePrefix.isEmpty() ? "" : (filePrefix.endsWith("/") ? filePrefix : filePrefix + "/");
        long[] count = {0};
        array.list("", key -> {
            Optional<String> why = classify(key);
            if (why.isPresent()) {
                count[0]++;
                sink.accept(strayFinding(prefix + key, why.get()));
            }
        });
        return count[0];
    }

    /**
     * Why {@code relativePath} (with {@code /} separators) is a stray file, or empty when it is the
     * array's {@code zarr.json} or a chunk key inside the grid.
     */
    public Optional<String> classify(CharSequence relativePath) {
        String rel = relativePath.toString();
        if (rel.equals("zarr.json")) {
            return Optional.empty();
        }
        boolean dflt = "default".equals(encoding.name());
        char sep = encoding.separator();
        if (parse(rel, dflt, sep)) {
            for (int d = 0; d < grid.length; d++) {
                if (parsed[d] >= grid[d]) {
                    return Optional.of("chunk key outside the chunk grid " + Arrays.toString(grid));
                }
            }
            return Optional.empty();
        }
        char other = sep == '/' ? '.' : '/';
        if (parse(rel, dflt, other)) {
            return Optional.of("a chunk key with separator '" + other + "', but the array's chunk_key_encoding uses '" + sep + "'");
        }
        if (parse(rel, !dflt, sep) || parse(rel, !dflt, other)) {
            return Optional.of("a chunk key of the '" + (dflt ? "v2" : "default") + "' encoding, but the array uses '"
                    + encoding.name() + "'");
        }
        return Optional.of("not a chunk key of this array (rank " + grid.length + ", " + encoding.name()
                + " encoding, separator '" + sep + "')");
    }

    /**
     * True when {@code relativePath} is the key of a chunk inside the grid in the array's own encoding; its grid
     * coordinates are then copied into {@code coords} (of the array's rank). Not thread-safe, as {@link #scan}.
     */
    public boolean chunkKey(CharSequence relativePath, long[] coords) {
        String rel = relativePath.toString();
        if (!parse(rel, "default".equals(encoding.name()), encoding.separator())) {
            return false;
        }
        for (int d = 0; d < grid.length; d++) {
            if (parsed[d] >= grid[d]) {
                return false;
            }
        }
        System.arraycopy(parsed, 0, coords, 0, grid.length);
        return true;
    }

    /** The finding of a stray file: {@code file} relative to the target, {@code why} from {@link #classify}. */
    public static io.maskgate.rules.Finding strayFinding(String file, String why) {
        return RULE.finding(file, Location.NONE, "stray file in the array folder: " + why);
    }

    /** Parses a key of the given form into {@link #parsed}; false when it is not one. */
    private boolean parse(String key, boolean defaultEncoding, char sep) {
        int rank = grid.length;
        int pos = 0;
        if (defaultEncoding) {
            if (key.isEmpty() || key.charAt(0) != 'c') {
                return false;
            }
            if (rank == 0) {
                return key.length() == 1;
            }
            if (key.length() < 2 || key.charAt(1) != sep) {
                return false;
            }
            pos = 2;
        } else if (rank == 0) {
            return key.equals("0");
        }
        for (int d = 0; d < rank; d++) {
            int end = key.indexOf(sep, pos);
            if (end < 0) {
                end = key.length();
            }
            if (d < rank - 1 ? end == key.length() : end != key.length()) {
                return false;
            }
            long v = decimal(key, pos, end);
            if (v < 0) {
                return false;
            }
            parsed[d] = v;
            pos = end + 1;
        }
        return true;
    }

    /** A canonical non-negative decimal (no sign, no leading zeros), or -1. */
    private static long decimal(String s, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > 18 || (len > 1 && s.charAt(from) == '0')) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
