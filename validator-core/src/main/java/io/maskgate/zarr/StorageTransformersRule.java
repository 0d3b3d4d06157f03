package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** storage_transformers is absent or empty (the Zarr v3 specification defines no storage transformer). */
@RuleInfo(code = "ZARR_STORAGE_TRANSFORMERS", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "storage_transformers is absent or empty (the Zarr v3 specification defines no storage transformer).",
        hint = "Remove the storage transformer or write storage_transformers as [].")
public final class StorageTransformersRule implements Rule {

    /** Reports every storage transformer; false when there is one (chunks could not be located reliably). */
    boolean check(MetadataDocument doc) {
        JsonNode list = doc.member("storage_transformers");
        if (list == null || !list.isArray()) {
            return list == null;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            JsonNode name = entry.isObject() ? entry.get("name") : entry;
            String what = name != null && name.isTextual() ? "storage transformer \"" + name.textValue() + "\"" : "a storage transformer";
            doc.report(StorageTransformersRule.class, JsonPointers.child("/storage_transformers", i),
                    what + " is present, but the Zarr v3 specification defines none and maskgate supports none");
        }
        return list.isEmpty();
    }
}
