package io.maskgate.ometiff;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the OME-TIFF masks area (codes {@code OMETIFF_*}). */
public final class OmeTiffRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of();
    }
}
