package io.maskgate.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.json.JsonSchemas;
import io.maskgate.storage.KeyKind;
import io.maskgate.storage.Storage;
import io.maskgate.validation.ZarrProfile;
import io.maskgate.zarr.ZarrMetadataReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides which profile a Zarr v3 target gets and says why. Under {@link ZarrProfile#AUTO} a hierarchy is a mask
 * store when its root group carries the mask-store attributes (trench_mapping, or at least two of the profile's
 * required root attributes) or when {@code data} is a 5-D uint8 array: either alone is enough, so a store with one
 * defect in either place keeps its profile and gets its findings. Reads the two documents leniently (their
 * findings come later, from the validator that runs); never throws for bad input.
 */
final class ProfileDetector {

    /** The outcome: the mask-store profile or plain Zarr, and why, as the report shows it. */
    record Choice(boolean maskStore, String reason) {

        String profile() {
            return maskStore ? ZarrProfile.MASK_STORE.id() : ZarrProfile.GENERIC.id();
        }
    }

    private static final int MIN_MARKERS = 2;
    private static final String UNREADABLE_DATA = "data/zarr.json unreadable";
    private static final String TRENCH_MAPPING = "trench_mapping";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROOT_ATTRIBUTES = requiredRootAttributes();

    private ProfileDetector() {
    }

    /**
     * The profile for {@code storage}: the requested one, or detected from its two documents, parsed by
     * {@code reader} within the run's limits (a document beyond them says nothing; the validation reports it).
     */
    static Choice choose(Storage storage, ZarrProfile requested, ZarrMetadataReader reader) {
        switch (requested) {
            case MASK_STORE -> {
                return new Choice(true, "requested (profile mask-store)");
            }
            case GENERIC -> {
                return new Choice(false, "requested (profile generic)");
            }
            default -> {
                return detect(storage, reader);
            }
        }
    }

    private static Choice detect(Storage storage, ZarrMetadataReader reader) {
        JsonNode root = reader.peek(storage, MaskStoreValidator.ROOT_FILE).orElse(null);
        if (root != null && "array".equals(root.path("node_type").asText())) {
            return new Choice(false, "the target is an array, not a group");
        }
        List<String> markers = new ArrayList<>();
        JsonNode attributes = root == null ? null : root.path("attributes");
        if (attributes != null && attributes.isObject()) {
            for (String name : ROOT_ATTRIBUTES) {
                if (attributes.has(name)) {
                    markers.add(name);
                }
            }
        }
        boolean rootSaysStore = markers.contains(TRENCH_MAPPING) || markers.size() >= MIN_MARKERS;
        String data = dataArray(storage, reader);
        if (root == null && UNREADABLE_DATA.equals(data) && storage.kind(MaskStoreValidator.ROOT_FILE).exists()) {
            // Nothing to decide by (an unreachable server, no permission): the profile maskgate is for, whose two
            // documents' findings then say why; the same on every storage, as no listing is needed.
            return new Choice(true, "zarr.json and data/zarr.json could not be read, so nothing says this is not a mask"
                    + " store");
        }
        boolean dataSaysStore = data == null;
        String rootText = markers.isEmpty() ? "no mask-store root attributes"
                : "root attributes " + shortList(markers) + " (" + markers.size() + " of " + ROOT_ATTRIBUTES.size() + ")";
        if (rootSaysStore && dataSaysStore) {
            return new Choice(true, rootText + " and 5-D uint8 array data");
        }
        if (rootSaysStore) {
            return new Choice(true, rootText + "; " + data);
        }
        if (dataSaysStore) {
            return new Choice(true, "5-D uint8 array data; " + rootText);
        }
        return new Choice(false, rootText + " and " + data);
    }

    /** Null when {@code data} is a 5-D uint8 array, else what it is instead ({@code no data array}, ...). */
    private static String dataArray(Storage storage, ZarrMetadataReader reader) {
        if (storage.kind(MaskStoreValidator.DATA_FILE) == KeyKind.ABSENT) {
            return "no data array";
        }
        JsonNode data = reader.peek(storage, MaskStoreValidator.DATA_FILE).orElse(null);
        if (data == null) {
            return UNREADABLE_DATA;
        }
        if (!"array".equals(data.path("node_type").asText())) {
            return "data is not an array";
        }
        int rank = data.path("shape").isArray() ? data.path("shape").size() : -1;
        String type = data.path("data_type").asText("?");
        if (rank == 5 && "uint8".equals(type)) {
            return null;
        }
        return "data is a " + (rank < 0 ? "?" : rank) + "-D " + type + " array, not 5-D uint8";
    }

    private static String shortList(List<String> names) {
        int shown = Math.min(3, names.size());
        String s = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? s + ", ..." : s;
    }

    /** The required root attributes of the shipped mask-store attribute schema, in its order. */
    private static List<String> requiredRootAttributes() {
        String resource = JsonSchemas.RESOURCE_DIR + StoreProfileChecker.ROOT_SCHEMA;
        try (InputStream in = Objects.requireNonNull(ProfileDetector.class.getClassLoader().getResourceAsStream(resource),
                resource)) {
            List<String> names = new ArrayList<>();
            JSON.readTree(in).path("required").forEach(n -> names.add(n.asText()));
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
