package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** maskgate recognises object-id columns in an adjacency CSV by their header (containing 'object' or an 'id' word) or integer leading columns; otherwise references are not checked. Detected by the adjacency check. */
@RuleInfo(code = "OBJECTS_ADJACENCY_NO_ID_COLUMNS", severity = Severity.INFO, category = Category.OBJECTS_TABLE,
        summary = "maskgate recognises object-id columns in an adjacency CSV by their header (containing 'object' or an 'id' word) or integer leading columns; otherwise references are not checked.",
        hint = "Name the object-id columns e.g. 'object_id_1', 'object_id_2' so that their references can be checked.")
public final class AdjacencyNoIdColumns implements Rule {
}
