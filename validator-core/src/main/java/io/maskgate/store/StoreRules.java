package io.maskgate.store;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the mask-store profile area (codes {@code STORE_*}). */
public final class StoreRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of();
    }
}
