package io.maskgate.validation;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A symbolic link in the input must resolve inside the input boundary (the enclosing git repository, else the target folder). Such a path is never opened. */
@RuleInfo(code = "INPUT_SYMLINK_OUTSIDE", severity = Severity.ERROR, category = Category.INPUT,
        summary = "A symbolic link in the input must resolve inside the input boundary (the enclosing git repository, else the target folder).",
        hint = "Replace the link by the file itself, move the file into the repository, or widen the boundary with --allow-root DIR (Maven: allowRoots).")
public final class InputSymlinkOutside implements Rule {
}
