package io.maskgate.cli;

import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.fixtures.hubmap.SampleSubmission;
import io.maskgate.validation.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;

/** Generated stores for the CLI tests. */
final class TestStores {

    private TestStores() {
    }

    /** The submission template with its required values filled in (what a lab does after --init-submission). */
    static Path filledSubmission(Path file) throws IOException {
        if (CliRun.run("package", "--init-submission", file.toString()).exit() != 0) {
            throw new IOException("--init-submission failed");
        }
        String s = SampleSubmission.fill(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Files.writeString(file, s, java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }

    /** A small clean store (3 hypotheses x 6 trenches x 12 frames). */
    static Path clean(Path dir) throws IOException {
        Fixtures.generateStore(dir, StoreSpec.small(7), null, ProgressListener.NONE);
        return dir;
    }
}
