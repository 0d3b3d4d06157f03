package io.maskgate.storage;

import java.io.IOException;

/** Receives the keys of a {@link Storage#list listing}. */
@FunctionalInterface
public interface KeyVisitor {

    /** One stored key, relative to the storage that lists it. */
    void key(String key) throws IOException;

    /**
     * A part of the listing could not be read, e.g. a folder without read permission; its keys are left out.
     * By default the listing goes on without them; throw to stop it.
     *
     * @param prefix the folder that could not be listed
     */
    default void unreadable(String prefix, IOException cause) throws IOException {
    }
}
