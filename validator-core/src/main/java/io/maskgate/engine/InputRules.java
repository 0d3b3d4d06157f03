package io.maskgate.engine;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** Rules about the validation target as a whole (codes {@code INPUT_*}), raised by {@link Validator}. */
public final class InputRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(UnrecognisedTarget::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }
}
