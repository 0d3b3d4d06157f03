package io.maskgate.zarr;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;

import java.util.List;

/**
 * The rules of Zarr v3 metadata documents (codes {@code ZARR_*}), registered once; chunk rules live with the
 * codecs and the chunk reader. {@link ZarrMetadataReader} runs them as typed steps (each reads and returns a
 * value), not as a list, so no run list is derived here.
 */
public final class ZarrRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(
            // zarr.json as a file
            MetadataMissingRule::new, MetadataNotRegularFileRule::new, MetadataUnreadableRule::new,
            MetadataTooLargeRule::new, MetadataNotUtf8Rule::new, MetadataNotJsonRule::new,
            MetadataNotObjectRule::new,
            // document structure (JSON Schema layer)
            RequiredKeyRule::new, WrongTypeRule::new, AttributesTypeRule::new,
            // values and relations
            FormatVersionRule::new, NodeTypeRule::new, ShapeRule::new, DataTypeRule::new, ChunkGridRule::new,
            ChunkKeyEncodingRule::new, FillValueInvalidRule::new, FillValueRangeRule::new,
            CodecOrderRule::new, CodecChainTooLongRule::new, CodecConfigRule::new, CodecUnknownRule::new, ShardingRule::new,
            MustUnderstandRule::new, DimensionNamesRule::new, StorageTransformersRule::new,
            ConsolidatedMetadataNullRule::new, ConsolidatedMetadataRule::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }
}
