package io.maskgate.validation;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Input files must be regular files or folders, not named pipes, sockets or devices. Such a path is never opened. */
@RuleInfo(code = "INPUT_NOT_REGULAR", severity = Severity.ERROR, category = Category.INPUT,
        summary = "Input files must be regular files or folders, not named pipes, sockets or devices.",
        hint = "Replace the pipe, socket or device by the regular file it stands for.")
public final class InputNotRegular implements Rule {
}
