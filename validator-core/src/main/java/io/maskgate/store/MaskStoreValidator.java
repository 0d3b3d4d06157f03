package io.maskgate.store;

import io.maskgate.engine.TargetValidator;
import io.maskgate.engine.ValidationContext;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrGroupMetadata;
import io.maskgate.zarr.ZarrMetadataReader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Validates a multi-hypothesis Zarr v3 mask store: Zarr metadata, the mask-store profile, then every pixel. */
public final class MaskStoreValidator implements TargetValidator {

    static final String ROOT_FILE = "zarr.json";
    static final String DATA_ARRAY = "data";
    static final String DATA_FILE = DATA_ARRAY + "/zarr.json";

    @Override
    public String kind() {
        return "zarr-mask-store";
    }

    @Override
    public boolean accepts(Path path) {
        return Files.isDirectory(path) && Files.exists(path.resolve(ROOT_FILE));
    }

    @Override
    public void validate(Path path, ValidationContext context) {
        ZarrMetadataReader reader = new ZarrMetadataReader();
        ZarrGroupMetadata root = reader.readGroup(path.resolve(ROOT_FILE), ROOT_FILE, context).orElse(null);
        ZarrArrayMetadata data = reader.readArray(path.resolve(DATA_FILE), DATA_FILE, context).orElse(null);
        context.checked("Zarr metadata documents", 2, ROOT_FILE + ", " + DATA_FILE);
        new StoreProfileChecker().check(root, ROOT_FILE, data, DATA_FILE, context);
        if (root != null) {
            context.checked("trench_mapping records", root.attributes().path("trench_mapping").size(), "");
        }
    }
}
