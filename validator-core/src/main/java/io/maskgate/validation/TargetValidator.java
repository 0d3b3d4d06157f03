package io.maskgate.validation;

import java.nio.file.Path;

/** Validates one kind of target (a Zarr mask store, a HuBMAP upload, an OME-TIFF, ...). */
public interface TargetValidator {

    /** Report target kind, e.g. {@code zarr-mask-store}. */
    String kind();

    /** True if {@code path} looks like this kind of target; must not throw for unreadable paths. */
    boolean accepts(Path path);

    /** Reports every problem as a finding; throws only for internal errors. */
    void validate(Path path, ValidationContext context);
}
