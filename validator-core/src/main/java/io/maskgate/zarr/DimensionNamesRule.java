package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** dimension_names, when present, has one string or null per dimension of shape. */
@RuleInfo(code = "ZARR_DIMENSION_NAMES", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "dimension_names, when present, has one string or null per dimension of shape.",
        hint = "Write one name (or null) per dimension, e.g. [\"hypothesis\", \"trench\", \"time\", \"y\", \"x\"].")
public final class DimensionNamesRule implements Rule {

    /** The names (entries may be null), or null when absent or invalid; {@code rank} is -1 when unknown. */
    List<String> read(MetadataDocument doc, int rank) {
        JsonNode names = doc.member("dimension_names");
        if (names == null || !names.isArray()) {
            return null;
        }
        boolean ok = true;
        if (rank >= 0 && names.size() != rank) {
            doc.report(DimensionNamesRule.class, "/dimension_names", "dimension_names has " + names.size()
                    + " entries but shape has " + rank + " dimensions");
            ok = false;
        }
        List<String> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            JsonNode name = names.get(i);
            String p = JsonPointers.child("/dimension_names", i);
            if (!doc.usable(p)) {
                ok = false;
            } else if (name.isTextual()) {
                out.add(name.textValue());
            } else if (name.isNull()) {
                out.add(null);
            } else {
                doc.report(DimensionNamesRule.class, p, "dimension_names/" + i + " must be a string or null, found "
                        + JsonText.describe(name));
                ok = false;
            }
        }
        return ok ? Collections.unmodifiableList(out) : null;
    }
}
