package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** attributes, when present, is a JSON object. */
@RuleInfo(code = "ZARR_ATTRIBUTES_TYPE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "attributes, when present, is a JSON object.",
        hint = "Write user attributes as a JSON object of name/value pairs.")
public final class AttributesTypeRule implements Rule {

    /** The attributes object (empty when absent), or null when it is not an object (reported by the schema layer). */
    ObjectNode read(MetadataDocument doc) {
        if (!doc.root().has("attributes")) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode attributes = doc.member("attributes");
        if (attributes == null) {
            return null;
        }
        if (!attributes.isObject()) {
            doc.report(AttributesTypeRule.class, "/attributes", "attributes must be an object, found "
                    + JsonText.describe(attributes));
            return null;
        }
        return (ObjectNode) attributes;
    }
}
