package io.maskgate.engine;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** Rules about the validation target as a whole (codes {@code INPUT_*}). */
public final class InputRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(UnrecognisedTarget.class);
    }
}
