package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Checks one {@code sharding_indexed} codec's configuration ({@link ShardingRule}) and its nested codec lists. */
final class ShardingChecker {

    private final MetadataDocument doc;
    private final CodecChainValidator chains;

    ShardingChecker(MetadataDocument doc, CodecChainValidator chains) {
        this.doc = doc;
        this.chains = chains;
    }

    /** {@code input.chunkShape()} is the shard (outer chunk) shape as it reaches this codec, null when unknown. */
    void check(Extension ext, CodecChainValidator.Input input) {
        if (ext.configuration() == null) {
            doc.report(ShardingRule.class, ext.configurationPointer(),
                    "sharding_indexed needs a configuration with chunk_shape, codecs and index_codecs");
            return;
        }
        ConfigReader cfg = new ConfigReader(doc, ext, "sharding_indexed", ShardingRule.class);
        cfg.allowOnly(List.of("chunk_shape", "codecs", "index_codecs", "index_location"));
        int[] outer = input.chunkShape();
        JsonNode chunkShape = cfg.get("chunk_shape", true);
        int[] inner = null;
        if (chunkShape != null) {
            inner = ChunkGridRule.positiveSizes(doc, chunkShape, cfg.pointer("chunk_shape"), input.rank(),
                    "the array", ShardingRule.class);
            if (inner != null && outer != null && outer.length == inner.length) {
                boolean divides = true;
                for (int i = 0; i < inner.length; i++) {
                    if (outer[i] % inner[i] != 0) {
                        doc.report(ShardingRule.class, JsonPointers.child(cfg.pointer("chunk_shape"), i), "sharding_indexed: "
                                + "inner chunk size " + inner[i] + " does not divide the shard size " + outer[i]
                                + " along dimension " + i);
                        divides = false;
                    }
                }
                inner = divides ? inner : null;
            }
        }
        JsonNode codecs = cfg.get("codecs", true);
        if (codecs != null) {
            chains.validate(codecs, cfg.pointer("codecs"),
                    new CodecChainValidator.Input(input.dataType(), inner, input.rank(), false));
        }
        JsonNode indexCodecs = cfg.get("index_codecs", true);
        if (indexCodecs != null) {
            chains.validate(indexCodecs, cfg.pointer("index_codecs"), CodecChainValidator.indexInput(outer, inner, input.rank()));
        }
        cfg.oneOf("index_location", false, List.of("start", "end"));
    }
}
