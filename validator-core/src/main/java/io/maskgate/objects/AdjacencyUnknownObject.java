package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every object id in an adjacency CSV must be an Object ID of the same mask's objects table. Detected by the adjacency check. */
@RuleInfo(code = "OBJECTS_ADJACENCY_UNKNOWN_OBJECT", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every object id in an adjacency CSV must be an Object ID of the same mask's objects table.",
        hint = "Objects in an adjacency file must belong to the same mask: use Object IDs from <mask>-objects.* (the pixel labels of the mask).")
public final class AdjacencyUnknownObject implements Rule {
}
