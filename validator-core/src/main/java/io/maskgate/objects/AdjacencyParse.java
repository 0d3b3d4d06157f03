package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** An adjacency CSV must be readable UTF-8 comma-separated text with a consistent number of fields. Detected by the adjacency check. */
@RuleInfo(code = "OBJECTS_ADJACENCY_PARSE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "An adjacency CSV must be readable UTF-8 comma-separated text with a consistent number of fields.",
        hint = "Save the file as UTF-8 CSV (comma-separated, \" quotes) with the same number of fields on every line.")
public final class AdjacencyParse implements Rule {
}
