package io.maskgate.store;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;

import java.util.List;

/**
 * The mask-store profile's expectations of the store's layout (codes {@code STORE_*}): which nodes exist and what
 * kind they are. {@link MaskStoreValidator} raises them while reading the nodes, before the profile checks run.
 */
public final class StoreLayoutRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(DataMissing::new, NodeKind::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }
}
