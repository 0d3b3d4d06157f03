package io.maskgate.zarr;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of Zarr v3 metadata documents (codes {@code ZARR_*}); chunk rules live with the codecs and the chunk reader. */
public final class ZarrRules implements RuleSet {
    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(
                // zarr.json as a file
                MetadataMissingRule.class, MetadataNotRegularFileRule.class, MetadataUnreadableRule.class,
                MetadataTooLargeRule.class, MetadataNotUtf8Rule.class, MetadataNotJsonRule.class,
                MetadataNotObjectRule.class,
                // document structure (JSON Schema layer)
                RequiredKeyRule.class, WrongTypeRule.class, AttributesTypeRule.class,
                // values and relations
                FormatVersionRule.class, NodeTypeRule.class, ShapeRule.class, DataTypeRule.class, ChunkGridRule.class,
                ChunkKeyEncodingRule.class, FillValueInvalidRule.class, FillValueRangeRule.class,
                CodecOrderRule.class, CodecConfigRule.class, CodecUnknownRule.class, ShardingRule.class,
                MustUnderstandRule.class, DimensionNamesRule.class, StorageTransformersRule.class,
                ConsolidatedMetadataNullRule.class, ConsolidatedMetadataRule.class);
    }
}
