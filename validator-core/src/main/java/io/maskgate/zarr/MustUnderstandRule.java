package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Set;

/** zarr.json has no unrecognised member unless it is an object with "must_understand": false; data_type, chunk_grid and chunk_key_encoding cannot be relaxed with must_understand. */
@RuleInfo(code = "ZARR_MUST_UNDERSTAND", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr.json has no unrecognised member unless it is an object with \"must_understand\": false; data_type, chunk_grid and chunk_key_encoding cannot be relaxed with must_understand.",
        hint = "Remove the member, or, if readers may safely ignore it, make it an object with \"must_understand\": false.")
public final class MustUnderstandRule implements Rule {

    /** Reports every top-level member outside {@code known} that does not say {@code "must_understand": false}. */
    void check(MetadataDocument doc, Set<String> known) {
        doc.root().properties().forEach(entry -> {
            String name = entry.getKey();
            if (known.contains(name)) {
                return;
            }
            JsonNode value = entry.getValue();
            JsonNode flag = value.isObject() ? value.get("must_understand") : null;
            String pointer = JsonPointers.child("", name);
            if (flag == null) {
                doc.report(MustUnderstandRule.class, pointer, "unrecognised member '" + name + "'"
                        + (value.isObject() ? " without \"must_understand\": false" : " (" + JsonText.type(value)
                        + "; only an object with \"must_understand\": false may be ignored)"));
            } else if (!flag.isBoolean()) {
                doc.report(MustUnderstandRule.class, JsonPointers.child(pointer, "must_understand"), "unrecognised member '"
                        + name + "' has must_understand " + JsonText.describe(flag) + ", not a boolean");
            } else if (flag.booleanValue()) {
                doc.report(MustUnderstandRule.class, pointer, "unrecognised member '" + name
                        + "' is marked \"must_understand\": true, so it cannot be ignored");
            }
        });
    }
}
