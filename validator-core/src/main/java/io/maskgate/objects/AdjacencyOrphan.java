package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** An adjacency CSV's name must start with the name of a mask: <mask>-centroid-adjacency.csv or <mask>-linkage-adjacency.csv next to <mask>-objects.*. Detected by the adjacency check. */
@RuleInfo(code = "OBJECTS_ADJACENCY_ORPHAN", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "An adjacency CSV's name must start with the name of a mask: <mask>-centroid-adjacency.csv or <mask>-linkage-adjacency.csv next to <mask>-objects.*.",
        hint = "Name the file after the mask whose objects it relates, e.g. cells-centroid-adjacency.csv beside cells-objects.tsv.")
public final class AdjacencyOrphan implements Rule {
}
