package io.maskgate.hubmap;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the HuBMAP directory schemas, metadata and contributors TSVs area (codes {@code HUBMAP_*}). */
public final class HubmapRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of();
    }
}
