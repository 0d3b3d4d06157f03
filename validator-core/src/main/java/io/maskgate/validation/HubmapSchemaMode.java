package io.maskgate.validation;

import java.util.Arrays;
import java.util.Optional;
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

    /** The value used on the command line, in the POM and in reports. */
    public String id() {
        return id;
    }

    /** The accepted ids, for messages: {@code latest or any-minor}. */
    public static String choices() {
        return Arrays.stream(values()).map(HubmapSchemaMode::id).collect(Collectors.joining(" or "));
    }

    /** The mode with id {@code text} (case-insensitive, surrounding blanks ignored), if any. */
    public static Optional<HubmapSchemaMode> find(String text) {
        if (text != null) {
            for (HubmapSchemaMode m : values()) {
                if (m.id.equalsIgnoreCase(text.trim())) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** Parses {@code latest} or {@code any-minor}, case-insensitively. */
    public static HubmapSchemaMode parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("unknown HuBMAP schema mode '" + text
                + "' (expected " + choices() + ")"));
    }
}
