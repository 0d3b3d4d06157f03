package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/**
 * A mask channel with objects but no objects table: its labels have no rows anywhere. Reported once
 * per channel by {@link ObjectsTableChecker#checkFolder}; a channel whose table exists under a
 * near-miss name is left to {@code OBJECTS_TABLE_NAME}.
 */
@RuleInfo(code = "OBJECTS_MASK_WITHOUT_TABLE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every mask channel that holds objects has an objects table <mask>-objects.tsv or <mask>-objects.xlsx in its folder.",
        hint = "Write one objects table per mask, named after the mask's channel name, with a row per object (Object ID = label).")
public final class MaskWithoutTable implements Rule {
}
