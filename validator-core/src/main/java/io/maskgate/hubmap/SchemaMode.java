package io.maskgate.hubmap;

import io.maskgate.engine.UsageException;

import java.util.Locale;

/** Which directory schema version a dataset is checked against ({@code ValidationOptions.hubmapSchemaMode()}). */
public enum SchemaMode {
    /** The newest version only (default): what HuBMAP asks new submissions to follow. */
    LATEST("latest"),
    /** HuBMAP-compatible: the dataset passes if any 2.x version accepts it (tried newest first, numerically). */
    ANY_MINOR("any-minor");

    private final String id;

    SchemaMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses {@code latest} or {@code any-minor}; anything else is a usage error. */
    public static SchemaMode parse(String text) {
        String t = text == null ? "latest" : text.trim().toLowerCase(Locale.ROOT);
        for (SchemaMode m : values()) {
            if (m.id.equals(t)) {
                return m;
            }
        }
        throw new UsageException("unknown HuBMAP schema mode '" + text + "' (expected latest or any-minor)");
    }
}
