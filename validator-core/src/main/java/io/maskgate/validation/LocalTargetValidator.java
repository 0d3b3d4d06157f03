package io.maskgate.validation;

import java.nio.file.Path;

/** A {@link TargetValidator} that reads local files: it accepts only targets with a local path. */
public interface LocalTargetValidator extends TargetValidator {

    /** True if {@code path} looks like this kind of target; must not throw for unreadable paths. */
    boolean accepts(Path path);

    /** Reports every problem of the file or folder {@code path} as a finding; throws only for internal errors. */
    void validate(Path path, ValidationContext context);

    @Override
    default boolean accepts(Target target) {
        return target.isLocal() && accepts(target.localPath());
    }

    @Override
    default void validate(Target target, ValidationContext context) {
        if (!target.isLocal()) {
            throw new IllegalArgumentException(kind() + " validation needs a local target, not " + target.name());
        }
        validate(target.localPath(), context);
    }
}
