package io.maskgate.validation;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A symbolic link in the input must lead to an existing file or folder. Such a path is never opened. */
@RuleInfo(code = "INPUT_SYMLINK_DANGLING", severity = Severity.ERROR, category = Category.INPUT,
        summary = "A symbolic link in the input must lead to an existing file or folder.",
        hint = "Restore the file the link points to (git annex get, dvc pull) or remove the link.")
public final class InputSymlinkDangling implements Rule {
}
