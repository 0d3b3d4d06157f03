package io.maskgate.validation;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Symbolic links in the input must not lead back to themselves or to a folder that contains them. Such a path is never opened. */
@RuleInfo(code = "INPUT_SYMLINK_LOOP", severity = Severity.ERROR, category = Category.INPUT,
        summary = "Symbolic links in the input must not lead back to themselves or to a folder that contains them.",
        hint = "Remove the link that closes the loop.")
public final class InputSymlinkLoop implements Rule {
}
