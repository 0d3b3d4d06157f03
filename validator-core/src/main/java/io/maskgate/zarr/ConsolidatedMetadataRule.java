package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A group's consolidated_metadata is accepted but not relied on: every node's own zarr.json is validated. */
@RuleInfo(code = "ZARR_CONSOLIDATED_METADATA", severity = Severity.INFO, category = Category.ZARR_METADATA,
        summary = "A group's consolidated_metadata is accepted but not relied on: every node's own zarr.json is validated.",
        hint = "Nothing to fix; note that consolidated metadata can go stale when nodes change.")
public final class ConsolidatedMetadataRule implements Rule {

    /**
     * Reports a group's consolidated_metadata: null is a warning ({@link ConsolidatedMetadataNullRule}),
     * an object is noted; other types are reported by the schema layer.
     */
    static void check(MetadataDocument doc) {
        JsonNode consolidated = doc.member("consolidated_metadata");
        if (consolidated == null) {
            return;
        }
        if (consolidated.isNull()) {
            doc.report(ConsolidatedMetadataNullRule.class, "/consolidated_metadata",
                    "consolidated_metadata is null (as zarr-python 3.0.x writes it); it is not part of the Zarr v3 core "
                            + "specification and should be absent or an object");
        } else if (consolidated.isObject()) {
            doc.report(ConsolidatedMetadataRule.class, "/consolidated_metadata", "consolidated_metadata is present "
                    + "and accepted; maskgate validates each node's own zarr.json, not this copy");
        }
    }
}
