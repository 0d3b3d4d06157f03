package io.maskgate.objects;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the HuBMAP objects tables and adjacency CSVs area (codes {@code OBJECTS_*}). */
public final class ObjectsRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of();
    }
}
