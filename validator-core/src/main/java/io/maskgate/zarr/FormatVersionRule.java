package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** zarr_format is 3. */
@RuleInfo(code = "ZARR_FORMAT_VERSION", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "zarr_format is 3.",
        hint = "maskgate reads Zarr v3 stores; convert a Zarr v2 store to v3 (e.g. with zarr-python 3).")
public final class FormatVersionRule implements Rule {

    /** Checks zarr_format; false when the document is not (known to be) Zarr v3. */
    boolean check(MetadataDocument doc) {
        JsonNode version = doc.member("zarr_format");
        if (version == null) {
            return false; // absent or mistyped: reported by the schema layer
        }
        if (version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == 3) {
            return true;
        }
        String v2 = version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == 2
                ? " (Zarr v2 keeps its metadata in .zarray/.zgroup/.zattrs, not zarr.json)" : "";
        doc.report(FormatVersionRule.class, "/zarr_format", "zarr_format must be 3, found " + JsonText.value(version) + v2);
        return false;
    }
}
