package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.List;

/** chunk_grid is a regular grid whose chunk_shape has the rank of shape and only positive sizes. */
@RuleInfo(code = "ZARR_CHUNK_GRID", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "chunk_grid is a regular grid whose chunk_shape has the rank of shape and only positive sizes.",
        hint = "Write {\"name\": \"regular\", \"configuration\": {\"chunk_shape\": [...]}} with one positive size per dimension.")
public final class ChunkGridRule implements Rule {

    /** The regular grid's chunk shape, or null when invalid; {@code rank} is -1 when the shape is unknown. */
    int[] read(MetadataDocument doc, int rank) {
        Extension ext = Extension.parse(doc, doc.member("chunk_grid"), "/chunk_grid", ChunkGridRule.class);
        if (ext == null) {
            return null;
        }
        if (ext.optional()) {
            doc.report(MustUnderstandRule.class, "/chunk_grid/must_understand",
                    "chunk_grid cannot be marked \"must_understand\": false: every reader must understand the chunk grid");
        }
        if (!"regular".equals(ext.name())) {
            doc.report(ChunkGridRule.class, ext.namePointer(), "chunk grid \"" + ext.name()
                    + "\" is not supported (the core specification defines \"regular\")");
            return null;
        }
        if (ext.configuration() == null) {
            doc.report(ChunkGridRule.class, ext.configurationPointer(), "the regular chunk grid needs a configuration with chunk_shape");
            return null;
        }
        ConfigReader cfg = new ConfigReader(doc, ext, "regular chunk grid", ChunkGridRule.class);
        cfg.allowOnly(List.of("chunk_shape"));
        JsonNode chunkShape = cfg.get("chunk_shape", true);
        int[] out = chunkShape == null ? null : positiveSizes(doc, chunkShape, cfg.pointer("chunk_shape"), rank,
                "shape", ChunkGridRule.class);
        return cfg.clean() ? out : null;
    }

    /**
     * Reads an array of positive sizes (each at most 2^31-1) of rank {@code rank} (-1: any), reporting with {@code rule}.
     *
     * @param rankOf what the rank must match, for the message
     */
    static int[] positiveSizes(MetadataDocument doc, JsonNode node, String pointer, int rank, String rankOf,
                               Class<? extends io.maskgate.rules.Rule> rule) {
        String label = Extension.label(pointer);
        if (!doc.usable(pointer)) {
            return null;
        }
        if (!node.isArray()) {
            doc.report(rule, pointer, label + " must be an array of positive integers, found " + JsonText.describe(node));
            return null;
        }
        if (rank >= 0 && node.size() != rank) {
            doc.report(rule, pointer, label + " has " + node.size() + " dimensions but " + rankOf + " has " + rank);
            return null;
        }
        if (node.size() > ShapeRule.MAX_RANK) {
            doc.report(rule, pointer, label + " has " + node.size() + " dimensions, more than the "
                    + ShapeRule.MAX_RANK + " maskgate supports");
            return null;
        }
        int[] out = new int[node.size()];
        boolean ok = true;
        for (int i = 0; i < out.length; i++) {
            JsonNode size = node.get(i);
            String p = JsonPointers.child(pointer, i);
            if (!doc.usable(p)) {
                ok = false;
            } else if (!size.isIntegralNumber() || size.bigIntegerValue().signum() <= 0) {
                doc.report(rule, p, label + "/" + i + " must be a positive integer, found " + JsonText.describe(size));
                ok = false;
            } else if (!size.canConvertToInt()) {
                doc.report(rule, p, label + "/" + i + " is " + JsonText.value(size)
                        + ", beyond the largest chunk size maskgate supports (2^31-1)");
                ok = false;
            } else {
                out[i] = size.intValue();
            }
        }
        return ok ? out : null;
    }
}
