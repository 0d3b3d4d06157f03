package io.maskgate.zarr.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.zarr.ChunkKeyEncoding;
import io.maskgate.zarr.CodecSpec;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.ZarrArrayMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ZarrArrayMetadata} for tests from a zarr.json (the strict metadata reader is another
 * component; this parses only what chunk reading needs, trusting the input).
 */
public final class TestArrays {
    public static final ObjectMapper JSON = new ObjectMapper();

    private TestArrays() {
    }

    public static ZarrArrayMetadata read(Path zarrJson) {
        try {
            return parse(JSON.readTree(zarrJson.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ZarrArrayMetadata parse(String json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ZarrArrayMetadata parse(JsonNode doc) {
        JsonNode shapeNode = doc.get("shape");
        long[] shape = new long[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asLong();
        }
        JsonNode cs = doc.at("/chunk_grid/configuration/chunk_shape");
        int[] chunkShape = new int[cs.size()];
        for (int i = 0; i < chunkShape.length; i++) {
            chunkShape[i] = cs.get(i).asInt();
        }
        JsonNode cke = doc.get("chunk_key_encoding");
        String name = cke == null ? "default" : cke.path("name").asText("default");
        String sep = cke == null ? null : cke.at("/configuration/separator").asText(null);
        char separator = sep != null ? sep.charAt(0) : ("v2".equals(name) ? '.' : '/');
        List<CodecSpec> codecs = new ArrayList<>();
        JsonNode list = doc.get("codecs");
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            if (c.isTextual()) {
                codecs.add(new CodecSpec(c.textValue(), null, "/codecs/" + i));
            } else {
                codecs.add(new CodecSpec(c.get("name").asText(), c.get("configuration"), "/codecs/" + i));
            }
        }
        DataType type = DataType.parse(doc.get("data_type").asText()).orElseThrow();
        JsonNode attrs = doc.get("attributes");
        return new ZarrArrayMetadata(doc, shape, type, chunkShape, new ChunkKeyEncoding(name, separator),
                doc.get("fill_value"), codecs, null, attrs instanceof ObjectNode o ? o : JSON.createObjectNode());
    }

    /** A zarr.json document with the given pieces (codecs as a JSON array text). */
    public static String json(String dataType, long[] shape, int[] chunkShape, String codecs, String fillValue,
                              String keyEncoding) {
        return "{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":" + java.util.Arrays.toString(shape)
                + ",\"data_type\":\"" + dataType + "\",\"chunk_grid\":{\"name\":\"regular\",\"configuration\":{\"chunk_shape\":"
                + java.util.Arrays.toString(chunkShape) + "}},\"chunk_key_encoding\":" + keyEncoding
                + ",\"fill_value\":" + fillValue + ",\"codecs\":" + codecs + ",\"attributes\":{}}";
    }

    public static final String DEFAULT_KEYS = "{\"name\":\"default\",\"configuration\":{\"separator\":\"/\"}}";
    public static final String V2_KEYS = "{\"name\":\"v2\",\"configuration\":{\"separator\":\".\"}}";

    public static ZarrArrayMetadata meta(String dataType, long[] shape, int[] chunkShape, String codecs, String fillValue) {
        return parse(json(dataType, shape, chunkShape, codecs, fillValue, DEFAULT_KEYS));
    }

    public static CodecPipeline pipeline(String dataType, int[] chunkShape, String codecs, String fillValue) {
        long[] shape = new long[chunkShape.length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = chunkShape[i];
        }
        try {
            return CodecPipeline.of(meta(dataType, shape, chunkShape, codecs, fillValue));
        } catch (CodecConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deterministic pseudo-random but compressible bytes. */
    public static byte[] pattern(int n, long seed) {
        byte[] b = new byte[n];
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (r.nextInt(8) == 0 ? r.nextInt(256) : (i / 7) % 5);
        }
        return b;
    }
}
