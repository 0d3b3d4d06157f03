package io.maskgate.validation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which HuBMAP directory-schema versions a submission may follow ({@link ValidationOptions#hubmapSchemaMode()}). */
public enum HubmapSchemaMode {
    /** Only the latest published version. */
    LATEST("latest"),
    /** Any minor version of the current major. */
    ANY_MINOR("any-minor");

    private final String id;

    HubmapSchemaMode(String id) {
        this.id = id;
    }

    /** The value kept in {@link ValidationOptions} and used on the command line and in the POM. */
    public String id() {
        return id;
    }

    /** Parses {@code latest} or {@code any-minor}, case-insensitively. */
    public static HubmapSchemaMode parse(String text) {
        for (HubmapSchemaMode m : values()) {
            if (m.id.equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown HuBMAP schema mode '" + text + "' (expected "
                + Arrays.stream(values()).map(HubmapSchemaMode::id).collect(Collectors.joining(" or ")) + ")");
    }
}
