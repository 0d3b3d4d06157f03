package io.maskgate.engine;

import io.maskgate.hubmap.HubmapDatasetValidator;
import io.maskgate.hubmap.HubmapRules;
import io.maskgate.hubmap.HubmapValidator;
import io.maskgate.labels.LabelRules;
import io.maskgate.objects.ObjectsRules;
import io.maskgate.ometiff.OmeTiffRules;
import io.maskgate.ometiff.OmeTiffValidator;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleSet;
import io.maskgate.store.StoreLayoutRules;
import io.maskgate.store.StoreRules;
import io.maskgate.store.ZarrTargetValidator;
import io.maskgate.validation.TargetValidator;
import io.maskgate.zarr.ZarrRules;
import io.maskgate.zarr.chunk.ZarrChunkRules;
import io.maskgate.zarr.codec.ZarrCodecRules;

import java.util.List;

/**
 * The composition root of the core: the one place that knows every capability area. A new area
 * adds its validator and its rule set here; nothing below the engine imports this class.
 */
public final class Areas {

    private Areas() {
    }

    /** A validator for every kind of target maskgate knows, in detection order (first match wins). */
    public static List<TargetValidator> validators() {
        return List.of(new ZarrTargetValidator(), new HubmapValidator(), new HubmapDatasetValidator(),
                new OmeTiffValidator());
    }

    /** The rule set of every area. */
    public static List<RuleSet> ruleSets() {
        return List.of(new InputRules(), new ZarrRules(), new ZarrCodecRules(), new ZarrChunkRules(),
                new StoreLayoutRules(), new StoreRules(), new LabelRules(), new HubmapRules(), new ObjectsRules(), new OmeTiffRules());
    }

    /** Every rule maskgate knows, sorted by code. */
    public static RuleCatalog ruleCatalog() {
        return new RuleCatalog(ruleSets());
    }
}
