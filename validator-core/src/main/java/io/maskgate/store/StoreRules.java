package io.maskgate.store;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;

import java.util.List;

/**
 * The rules of the mask-store profile area (codes {@code STORE_*}), registered once in the order
 * {@link StoreProfileChecker} runs them. Order matters: rules that report a trench record mark it, and
 * the relational checks after them (fov order, lanes, overlap) leave marked records out.
 */
public final class StoreRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(
            AttributeMissing::new, AttributeType::new,
            DataTypeUint8::new, DataRank::new, AxisNames::new, ChunkShape::new,
            HypothesisCount::new, TrenchCount::new, TimeCount::new, TrenchSize::new,
            EpochsMismatch::new, EpochsSequence::new, CheckpointTemplate::new,
            ExperimentName::new, PixelSizeInvalid::new, PixelSizeMismatch::new, MetadataVersion::new,
            FovLists::new, FovNameFormat::new,
            TrenchIdSequence::new, TrenchBoxSize::new, TrenchBounds::new, TrenchOrientation::new,
            TrenchFlip::new, TrenchFov::new, TrenchOrder::new, LaneGeometry::new, LaneXOrder::new,
            TrenchOverlap::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }

    /** The profile checks, in run order. */
    static List<StoreCheck> checks() {
        return RULES.fresh(StoreCheck.class);
    }
}
