package io.maskgate.rules;

import io.maskgate.engine.InputRules;
import io.maskgate.hubmap.HubmapRules;
import io.maskgate.labels.LabelRules;
import io.maskgate.objects.ObjectsRules;
import io.maskgate.ometiff.OmeTiffRules;
import io.maskgate.store.StoreRules;
import io.maskgate.zarr.ZarrRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule maskgate knows, from the rule sets of all areas, sorted by code. */
public final class RuleCatalog {

    private final List<RuleMeta> rules;

    public RuleCatalog() {
        this(List.of(new InputRules(), new ZarrRules(), new StoreRules(), new LabelRules(),
                new HubmapRules(), new ObjectsRules(), new OmeTiffRules()));
    }

    /** A catalogue of the given sets; fails when two rules share a code. */
    public RuleCatalog(List<RuleSet> sets) {
        List<RuleMeta> all = new ArrayList<>();
        Map<String, Class<?>> seen = new HashMap<>();
        for (RuleSet set : sets) {
            for (Class<? extends Rule> ruleClass : set.rules()) {
                RuleMeta meta = RuleMeta.of(ruleClass);
                Class<?> previous = seen.put(meta.code(), ruleClass);
                if (previous != null) {
                    throw new IllegalStateException("rule code " + meta.code() + " is declared by both "
                            + previous.getName() + " and " + ruleClass.getName());
                }
                all.add(meta);
            }
        }
        all.sort(Comparator.comparing(RuleMeta::code));
        this.rules = List.copyOf(all);
    }

    public List<RuleMeta> all() {
        return rules;
    }

    public Optional<RuleMeta> byCode(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
