package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.List;

/** chunk_key_encoding is default or v2 with separator "/" or ".". */
@RuleInfo(code = "ZARR_CHUNK_KEY_ENCODING", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "chunk_key_encoding is default or v2 with separator \"/\" or \".\".",
        hint = "Write {\"name\": \"default\", \"configuration\": {\"separator\": \"/\"}} (zarr-python's default).")
public final class ChunkKeyEncodingRule implements Rule {

    /** The chunk key encoding, or null when invalid. */
    ChunkKeyEncoding read(MetadataDocument doc) {
        Extension ext = Extension.parse(doc, doc.member("chunk_key_encoding"), "/chunk_key_encoding", ChunkKeyEncodingRule.class);
        if (ext == null) {
            return null;
        }
        if (ext.optional()) {
            doc.report(MustUnderstandRule.class, "/chunk_key_encoding/must_understand", "chunk_key_encoding cannot be marked "
                    + "\"must_understand\": false: every reader must understand the chunk key encoding");
        }
        String name = ext.name();
        if (!"default".equals(name) && !"v2".equals(name)) {
            doc.report(ChunkKeyEncodingRule.class, ext.namePointer(), "chunk key encoding \"" + name
                    + "\" is not supported (core encodings: \"default\", \"v2\")");
            return null;
        }
        ConfigReader cfg = new ConfigReader(doc, ext, "chunk key encoding \"" + name + "\"", ChunkKeyEncodingRule.class);
        cfg.allowOnly(List.of("separator"));
        String separator = cfg.oneOf("separator", false, List.of("/", "."));
        if (!cfg.clean()) {
            return null;
        }
        char sep = separator != null ? separator.charAt(0) : "default".equals(name) ? '/' : '.';
        return new ChunkKeyEncoding(name, sep);
    }
}
