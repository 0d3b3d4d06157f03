package io.maskgate.validation;

import io.maskgate.io.InputRefusal;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;

/** Findings for input paths the {@link io.maskgate.io.InputBoundary} refused to open. */
public final class InputRefusals {

    private InputRefusals() {
    }

    /** The rule a refusal breaks. */
    public static Class<? extends Rule> rule(InputRefusal.Reason reason) {
        return switch (reason) {
            case SYMLINK_OUTSIDE -> InputSymlinkOutside.class;
            case SYMLINK_DANGLING -> InputSymlinkDangling.class;
            case SYMLINK_LOOP -> InputSymlinkLoop.class;
            case NOT_REGULAR -> InputNotRegular.class;
        };
    }

    /** The finding of {@code refusal} on {@code file} (relative to the target, {@code ""} for the target itself). */
    public static Finding finding(InputRefusal refusal, String file) {
        String name = file.isEmpty() ? "the target" : file;
        return RuleMeta.of(rule(refusal.reason())).finding(file, Location.NONE,
                name + " is " + refusal.describe() + "; maskgate did not open it");
    }
}
