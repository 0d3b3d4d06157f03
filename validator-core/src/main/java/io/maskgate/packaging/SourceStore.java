package io.maskgate.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;
import io.maskgate.storage.LocalStorage;
import io.maskgate.storage.Storage;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrGroupMetadata;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkLocator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mask store opened for packaging: its shape, the attributes the package needs (pixel size, frame interval,
 * trench mapping, epochs) and a chunk reader. Read-only: nothing in the store is ever written.
 */
final class SourceStore {

    final Path path;
    final ArrayChunkReader reader;
    final int hypotheses;
    final int trenches;
    final int times;
    final int height;
    final int width;
    /** Epoch of each hypothesis; null when the store does not say. */
    final int[] epochs;
    final double pixelSizeUm;
    /** Milliseconds between frames, or NaN when the store does not say. */
    final double frameIntervalMs;
    final String experimentName;
    final List<TrenchRecord> mapping;
    /** Full-frame size of the source images ({@code file_summary.sizes} X and Y), or -1 when the store does not say. */
    final int frameWidth;
    final int frameHeight;
    /** SHA-256 of the store's metadata documents, by key. */
    final Map<String, String> checksums;

    private SourceStore(Path path, ZarrGroupMetadata root, ZarrArrayMetadata data, Map<String, String> checksums) {
        this.path = path;
        this.checksums = checksums;
        long[] shape = data.shape();
        if (shape.length != 5 || !data.dataType().equals(DataType.UINT8)) {
            throw new SourceDataException("the store's data array must be 5-D uint8 (hypothesis, trench, time, y, x)");
        }
        for (long s : shape) {
            if (s < 1 || s > Integer.MAX_VALUE) {
                throw new SourceDataException("the store's data array has an empty or too large dimension");
            }
        }
        hypotheses = (int) shape[0];
        trenches = (int) shape[1];
        times = (int) shape[2];
        height = (int) shape[3];
        width = (int) shape[4];
        if ((long) times * height * width > Integer.MAX_VALUE - 64) {
            throw new SourceDataException("one trench movie exceeds 2 GiB");
        }
        epochs = epochs(data.attributes().path("hypothesis_epoch_values"), hypotheses);
        JsonNode attrs = root.attributes();
        JsonNode px = attrs.path("pixel_size_um");
        if (!px.isNumber() || !(px.asDouble() > 0)) {
            throw new SourceDataException("the store's pixel_size_um is missing or not a positive number; "
                    + "the masks need a physical pixel size");
        }
        pixelSizeUm = px.asDouble();
        JsonNode interval = attrs.path("source_acquisition_metadata").path("file_summary").path("time_interval_ms");
        frameIntervalMs = interval.isNumber() && interval.asDouble() > 0 ? interval.asDouble() : Double.NaN;
        experimentName = attrs.path("experiment_name").asText("");
        mapping = mapping(attrs.path("trench_mapping"), trenches);
        JsonNode sizes = attrs.path("source_acquisition_metadata").path("file_summary").path("sizes");
        frameWidth = positiveInt(sizes.path("X"));
        frameHeight = positiveInt(sizes.path("Y"));
        long[] epochsLong = epochs == null ? null : java.util.Arrays.stream(epochs).asLongStream().toArray();
        Storage storage = new LocalStorage(path);
        reader = ArrayChunkReader.open(storage.at("data"), data, "data", ChunkLocator.maskStore(epochsLong, data.chunkShape()));
        reader.arrayFinding().ifPresent(f -> {
            throw new SourceDataException(f.file() + ": " + f.message());
        });
    }

    /** Opens the store at {@code path}. */
    static SourceStore open(Path path) throws IOException {
        Storage storage = new LocalStorage(path);
        List<Finding> problems = new ArrayList<>();
        ZarrMetadataReader metadata = new ZarrMetadataReader();
        ZarrGroupMetadata root = metadata.readGroup(storage, "zarr.json", "zarr.json", problems::add).orElse(null);
        ZarrArrayMetadata data = metadata.readArray(storage, "data/zarr.json", "data/zarr.json", problems::add)
                .orElse(null);
        List<Finding> errors = problems.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (root == null || data == null || !errors.isEmpty()) {
            String first = errors.isEmpty() ? "zarr.json or data/zarr.json cannot be read"
                    : errors.get(0).file() + ": " + errors.get(0).message();
            throw new SourceDataException("the store's metadata is not usable (" + first + "); run 'maskgate validate "
                    + path + "'");
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String key : List.of("zarr.json", "data/zarr.json")) {
            sums.put(key, sha256(path.resolve(key)));
        }
        return new SourceStore(path, root, data, sums);
    }

    private static int[] epochs(JsonNode values, int hypotheses) {
        if (!values.isArray() || values.size() != hypotheses) {
            return null;
        }
        int[] e = new int[hypotheses];
        for (int i = 0; i < hypotheses; i++) {
            if (!values.get(i).canConvertToInt()) {
                return null;
            }
            e[i] = values.get(i).asInt();
        }
        return e;
    }

    private static List<TrenchRecord> mapping(JsonNode records, int trenches) {
        if (!records.isArray() || records.size() != trenches) {
            throw new SourceDataException("trench_mapping must hold one record per trench (" + trenches + "), not "
                    + (records.isArray() ? records.size() : "none") + "; run 'maskgate validate' on the store");
        }
        List<TrenchRecord> out = new ArrayList<>(trenches);
        for (int i = 0; i < trenches; i++) {
            JsonNode r = records.get(i);
            if (!r.path("x_left").canConvertToInt() || !r.path("y_top").canConvertToInt()
                    || !r.path("fov").isTextual() || !r.path("needs_flip").isBoolean()) {
                throw new SourceDataException("trench_mapping record " + i + " lacks fov, x_left, y_top or needs_flip; "
                        + "run 'maskgate validate' on the store");
            }
            // x_right and y_bottom are optional here: only the FOV layout needs them, and checks them (FovPlan).
            out.add(new TrenchRecord(i, r.path("fov").asText(), r.path("x_left").asInt(), r.path("y_top").asInt(),
                    r.path("needs_flip").asBoolean(), optionalInt(r.path("x_right")), optionalInt(r.path("y_bottom"))));
        }
        return List.copyOf(out);
    }

    private static int positiveInt(JsonNode n) {
        return n.canConvertToInt() && n.asInt() > 0 ? n.asInt() : -1;
    }

    private static Integer optionalInt(JsonNode n) {
        return n.canConvertToInt() ? n.asInt() : null;
    }

    /** Epoch of {@code hypothesis}, or -1 when unknown. */
    int epoch(int hypothesis) {
        return epochs == null ? -1 : epochs[hypothesis];
    }

    /** Index of the hypothesis trained for {@code epoch}, or -1. */
    int hypothesisOfEpoch(int epoch) {
        if (epochs != null) {
            for (int h = 0; h < epochs.length; h++) {
                if (epochs[h] == epoch) {
                    return h;
                }
            }
        }
        return -1;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
