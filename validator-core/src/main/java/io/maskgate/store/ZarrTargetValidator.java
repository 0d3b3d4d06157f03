package io.maskgate.store;

import io.maskgate.validation.Target;
import io.maskgate.validation.TargetValidator;
import io.maskgate.validation.ValidationContext;
import io.maskgate.zarr.hierarchy.ZarrHierarchyValidator;

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
        ProfileDetector.Choice choice = ProfileDetector.choose(target.storage(), context.options().zarrProfile());
        context.profile(choice.profile(), choice.reason());
        if (choice.maskStore()) {
            context.targetKind(maskStore.kind());
            maskStore.validate(target, context);
        } else {
            context.targetKind(ZarrHierarchyValidator.KIND);
            new ZarrHierarchyValidator().validate(target.storage(), context);
        }
    }
}
