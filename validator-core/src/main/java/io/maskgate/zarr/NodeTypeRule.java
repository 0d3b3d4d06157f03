package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** node_type is "array" or "group" and matches what the store layout expects at that place. */
@RuleInfo(code = "ZARR_NODE_TYPE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "node_type is \"array\" or \"group\".",
        hint = "Set node_type to the kind of node this is; an array's zarr.json needs node_type \"array\", a group's \"group\".")
public final class NodeTypeRule implements Rule {

    static final String ARRAY = "array";
    static final String GROUP = "group";

    /**
     * The kind the document declares, {@code expected} when it declares none validly. The schema
     * layer needs a valid node_type to pick its definition, so this member is checked by code only.
     */
    String declaredKind(MetadataDocument doc, String expected) {
        JsonNode nodeType = doc.root().get("node_type");
        if (nodeType == null) {
            doc.report(RequiredKeyRule.class, "/node_type", "required member 'node_type' is missing; validating the document as "
                    + article(expected));
            return expected;
        }
        if (!nodeType.isTextual()) {
            doc.report(WrongTypeRule.class, "/node_type", "node_type must be a string, found " + JsonText.describe(nodeType)
                    + "; validating the document as " + article(expected));
            return expected;
        }
        String kind = nodeType.textValue();
        if (!ARRAY.equals(kind) && !GROUP.equals(kind)) {
            doc.report(NodeTypeRule.class, "/node_type", "node_type must be \"array\" or \"group\", found \"" + kind
                    + "\"; validating the document as " + article(expected));
            return expected;
        }
        if (!kind.equals(expected)) {
            doc.report(NodeTypeRule.class, "/node_type", "expected " + article(expected) + " here, but node_type is \""
                    + kind + "\"; validating the document as " + article(kind));
        }
        return kind;
    }

    private static String article(String kind) {
        return ARRAY.equals(kind) ? "an array" : "a group";
    }
}
