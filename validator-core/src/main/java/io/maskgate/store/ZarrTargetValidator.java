package io.maskgate.store;

import io.maskgate.storage.RememberingStorage;
import io.maskgate.storage.Storage;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.validation.Target;
import io.maskgate.validation.TargetValidator;
import io.maskgate.validation.ValidationContext;
import io.maskgate.zarr.hierarchy.ZarrHierarchyValidator;

import java.util.Set;

/**
 * A Zarr v3 target of any shape: a mask store gets the mask-store profile ({@link MaskStoreValidator}), any other
 * array or group plain Zarr v3 checks of every node and chunk ({@link ZarrHierarchyValidator}); which one applies,
 * and why, is {@link ProfileDetector}'s choice under the run's profile option, and the report says it.
 */
public final class ZarrTargetValidator implements TargetValidator {

    private final MaskStoreValidator maskStore = new MaskStoreValidator();

    /** The kind when the mask-store profile applies; a plain hierarchy is {@link ZarrHierarchyValidator#KIND}. */
    @Override
    public String kind() {
        return maskStore.kind();
    }

    /** As {@link MaskStoreValidator#accepts}: a folder holding zarr.json or data/zarr.json, or named {@code *.zarr}. */
    @Override
    public boolean accepts(Target target) {
        return maskStore.accepts(target);
    }

    @Override
    public void validate(Target target, ValidationContext context) {
        // Detection and the validator that follows read the same two documents: read each once (one request remotely).
        Storage storage = RememberingStorage.over(target.storage(),
                Set.of(MaskStoreValidator.ROOT_FILE, MaskStoreValidator.DATA_FILE));
        ProfileDetector.Choice choice = ProfileDetector.choose(storage, context.options().zarrProfile(),
                new ZarrMetadataReader(context.options().maxDocumentBytes()));
        context.profile(choice.profile(), choice.reason());
        if (choice.maskStore()) {
            context.targetKind(maskStore.kind());
            maskStore.validate(new Target(target.name(), storage, target.localPath()), context);
        } else {
            context.targetKind(ZarrHierarchyValidator.KIND);
            new ZarrHierarchyValidator().validate(storage, context);
        }
    }
}
