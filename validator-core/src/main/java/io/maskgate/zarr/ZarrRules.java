package io.maskgate.zarr;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the Zarr v3 metadata and chunks area (codes {@code ZARR_*}). */
public final class ZarrRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of();
    }
}
