package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every row's Object ID is a label of its mask channel. */
@RuleInfo(code = "OBJECTS_ROW_WITHOUT_LABEL", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every row's Object ID must be a label (pixel value) of the mask channel its Source file and Mask name name.",
        hint = "Object IDs are the objects' pixel labels in the mask: remove rows of objects that are not in the mask, "
                + "or fix the Object ID, Source file or Mask name.")
public final class RowWithoutLabel implements TableCheck {

    @Override
    public void row(TableContext t, TableRow row) {
        int c = t.header().idColumn();
        if (c == 0) {
            return;
        }
        MaskBinding b = t.binding(row);
        if (b == null || !b.hasLabels()) {
            return;
        }
        Long id = ValueFormats.parseLong(row.cell(c));
        if (id == null || id <= 0) {
            return;
        }
        MaskLabels labels = b.labels();
        if (labels.indexOf(id) < 0) {
            t.report(this, row.number(), c, "Object ID " + id + " is not a label of channel '" + b.maskName() + "' of "
                    + b.sourceFile() + " (" + describe(labels) + ")");
        }
    }

    static String describe(MaskLabels labels) {
        int n = labels.size();
        return n == 0 ? "the channel has no labels"
                : n + " label" + (n == 1 ? "" : "s") + ", " + labels.label(0) + "–" + labels.label(n - 1);
    }
}
