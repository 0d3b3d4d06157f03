package io.maskgate.engine;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;
import io.maskgate.validation.InputNotRegular;
import io.maskgate.validation.InputSymlinkDangling;
import io.maskgate.validation.InputSymlinkLoop;
import io.maskgate.validation.InputSymlinkOutside;

import java.util.List;

/** Rules about the validation target as a whole (codes {@code INPUT_*}), raised by {@link Validator} and the input scan. */
public final class InputRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(UnrecognisedTarget::new, InputSymlinkOutside::new,
            InputSymlinkDangling::new, InputSymlinkLoop::new, InputNotRegular::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }
}
