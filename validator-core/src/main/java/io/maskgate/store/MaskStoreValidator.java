package io.maskgate.store;

import io.maskgate.engine.TargetValidator;
import io.maskgate.engine.ValidationContext;

import java.nio.file.Files;
import java.nio.file.Path;

/** Validates a multi-hypothesis Zarr v3 mask store: Zarr metadata, the mask-store profile, then every pixel. */
public final class MaskStoreValidator implements TargetValidator {

    @Override
    public String kind() {
        return "zarr-mask-store";
    }

    @Override
    public boolean accepts(Path path) {
        return Files.isDirectory(path) && Files.exists(path.resolve("zarr.json"));
    }

    @Override
    public void validate(Path path, ValidationContext context) {
        // Wired to the zarr, store and labels packages as they land.
    }
}
