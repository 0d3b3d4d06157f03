package io.maskgate.cli;

import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.validation.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;

/** Generated stores for the CLI tests. */
final class TestStores {

    private TestStores() {
    }

    /** A small clean store (3 hypotheses x 6 trenches x 12 frames). */
    static Path clean(Path dir) throws IOException {
        Fixtures.generateStore(dir, StoreSpec.small(7), null, ProgressListener.NONE);
        return dir;
    }
}
