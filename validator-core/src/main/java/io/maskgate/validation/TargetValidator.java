package io.maskgate.validation;

/**
 * Validates one kind of target (a Zarr mask store, a HuBMAP upload, an OME-TIFF, ...). Validators that need
 * local files implement {@link LocalTargetValidator}.
 */
public interface TargetValidator {

    /** Report target kind, e.g. {@code zarr-mask-store}. */
    String kind();

    /** True if {@code target} looks like this kind of target; must not throw for unreadable targets. */
    boolean accepts(Target target);

    /** Reports every problem as a finding; throws only for internal errors. */
    void validate(Target target, ValidationContext context);
}
