package io.maskgate.zarr;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;
import io.maskgate.zarr.chunk.ChunkStrayFile;
import io.maskgate.zarr.codec.ChunkChecksum;
import io.maskgate.zarr.codec.ChunkCorrupt;
import io.maskgate.zarr.codec.ChunkOversized;
import io.maskgate.zarr.codec.ChunkTruncated;
import io.maskgate.zarr.codec.ChunkWrongLength;
import io.maskgate.zarr.codec.CodecUnavailable;
import io.maskgate.zarr.codec.ShardIndexInvalid;

import java.util.List;

/** The rules of the Zarr v3 metadata and chunks area (codes {@code ZARR_*}). */
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
                ConsolidatedMetadataNullRule.class, ConsolidatedMetadataRule.class,
                // chunk files and codecs
                ChunkCorrupt.class, ChunkTruncated.class, ChunkOversized.class, ChunkChecksum.class,
                ChunkWrongLength.class, ChunkStrayFile.class, CodecUnavailable.class, ShardIndexInvalid.class);
    }
}
