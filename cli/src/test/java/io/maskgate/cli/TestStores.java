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

    /** The submission template with its required values filled in (what a lab does after --init-submission). */
    static Path filledSubmission(Path file) throws IOException {
        if (CliRun.run("package", "--init-submission", file.toString()).exit() != 0) {
            throw new IOException("--init-submission failed");
        }
        String s = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"parent_dataset_id\": \"\"", "\"parent_dataset_id\": \"HBM386.ZGKG.235\"")
                .replace("\"derived_dataset_protocol_doi\": \"\"",
                        "\"derived_dataset_protocol_doi\": \"https://dx.doi.org/10.17504/protocols.io.bp2l6xk1kgqe/v1\"")
                .replace("\"mask_id\": \"\"", "\"mask_id\": \"CL:0000000\"")
                .replace("\"protocol_doi\": \"\"", "\"protocol_doi\": \"10.17504/protocols.io.bp2l6xk1kgqe\"")
                .replace("\"first_name\": \"\"", "\"first_name\": \"Mei\"")
                .replace("\"last_name\": \"\"", "\"last_name\": \"Tanaka\"")
                .replace("\"display_name\": \"\"", "\"display_name\": \"Mei Tanaka\"")
                .replace("\"affiliation\": \"\"", "\"affiliation\": \"Example University\"")
                .replace("\"orcid\": \"\"", "\"orcid\": \"0000-0002-1825-0097\"");
        java.nio.file.Files.writeString(file, s, java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }

    /** A small clean store (3 hypotheses x 6 trenches x 12 frames). */
    static Path clean(Path dir) throws IOException {
        Fixtures.generateStore(dir, StoreSpec.small(7), null, ProgressListener.NONE);
        return dir;
    }
}
