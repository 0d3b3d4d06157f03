package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One entry of a {@code codecs} list after validation.
 *
 * @param name          codec name, e.g. {@code bytes}, {@code zstd}, {@code sharding_indexed}
 * @param configuration its configuration object (an empty object when absent or a bare name)
 * @param pointer       JSON pointer of the entry in its {@code zarr.json}, e.g. {@code /codecs/1}
 */
public record CodecSpec(String name, JsonNode configuration, String pointer) {
    public CodecSpec {
        configuration = configuration == null ? JsonNodeFactory.instance.objectNode() : configuration;
    }
}
