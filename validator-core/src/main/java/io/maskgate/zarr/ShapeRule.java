package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** shape is an array of non-negative integers (at most 64 dimensions, each at most 2^63-1). */
@RuleInfo(code = "ZARR_SHAPE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "shape is an array of non-negative integers (at most 64 dimensions, each at most 2^63-1).",
        hint = "Write the array's size along each dimension as a non-negative integer.")
public final class ShapeRule implements Rule {

    /** More dimensions than any real array has; bounds the allocations that depend on the rank. */
    static final int MAX_RANK = 64;

    /** The shape, or null when it is absent or invalid. */
    long[] read(MetadataDocument doc) {
        JsonNode shape = doc.member("shape");
        if (shape == null || !shape.isArray()) {
            return null; // absent or not an array: reported by the schema layer
        }
        if (shape.size() > MAX_RANK) {
            doc.report(ShapeRule.class, "/shape", "shape has " + shape.size() + " dimensions, more than the "
                    + MAX_RANK + " maskgate supports");
            return null;
        }
        long[] out = new long[shape.size()];
        boolean ok = true;
        for (int i = 0; i < out.length; i++) {
            String p = JsonPointers.child("/shape", i);
            JsonNode size = shape.get(i);
            if (!doc.usable(p)) {
                ok = false;
            } else if (!size.isIntegralNumber()) {
                doc.report(ShapeRule.class, p, "shape/" + i + " must be an integer, found " + JsonText.describe(size));
                ok = false;
            } else if (size.bigIntegerValue().signum() < 0) {
                doc.report(ShapeRule.class, p, "shape/" + i + " must not be negative, found " + JsonText.value(size));
                ok = false;
            } else if (!size.canConvertToLong()) {
                doc.report(ShapeRule.class, p, "shape/" + i + " is " + JsonText.value(size)
                        + ", beyond the largest size maskgate supports (2^63-1)");
                ok = false;
            } else {
                out[i] = size.longValue();
            }
        }
        return ok ? out : null;
    }
}
