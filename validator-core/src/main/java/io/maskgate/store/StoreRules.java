package io.maskgate.store;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the mask-store profile area (codes {@code STORE_*}). */
public final class StoreRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(
                AttributeMissing.class, AttributeType.class,
                DataTypeUint8.class, DataRank.class, AxisNames.class, ChunkShape.class,
                HypothesisCount.class, TrenchCount.class, TimeCount.class, TrenchSize.class,
                EpochsMismatch.class, EpochsSequence.class, CheckpointTemplate.class,
                ExperimentName.class, PixelSizeInvalid.class, PixelSizeMismatch.class, MetadataVersion.class,
                FovLists.class, FovNameFormat.class,
                TrenchIdSequence.class, TrenchBoxSize.class, TrenchBounds.class, TrenchOrientation.class,
                TrenchFlip.class, TrenchFov.class, TrenchOrder.class, LaneGeometry.class, LaneXOrder.class,
                TrenchOverlap.class);
    }
}
