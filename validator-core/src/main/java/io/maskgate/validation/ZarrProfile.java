package io.maskgate.validation;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which checks a Zarr v3 target gets ({@link ValidationOptions#zarrProfile()}). */
public enum ZarrProfile {
    /** The mask-store profile when the hierarchy is a mask store, plain Zarr v3 checks otherwise. */
    AUTO("auto"),
    /** The multi-hypothesis mask-store profile, whatever the hierarchy looks like. */
    MASK_STORE("mask-store"),
    /** Plain Zarr v3 checks of every node and chunk, even for a mask store. */
    GENERIC("generic");

    private final String id;

    ZarrProfile(String id) {
        this.id = id;
    }

    /** The value used on the command line, in the POM and in reports. */
    public String id() {
        return id;
    }

    /** The accepted ids, for messages: {@code auto, mask-store or generic}. */
    public static String choices() {
        String[] ids = Arrays.stream(values()).map(ZarrProfile::id).toArray(String[]::new);
        return Arrays.stream(ids, 0, ids.length - 1).collect(Collectors.joining(", ")) + " or " + ids[ids.length - 1];
    }

    /** The profile with id {@code text} (case-insensitive, surrounding blanks ignored), if any. */
    public static Optional<ZarrProfile> find(String text) {
        if (text != null) {
            for (ZarrProfile p : values()) {
                if (p.id.equalsIgnoreCase(text.trim())) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
