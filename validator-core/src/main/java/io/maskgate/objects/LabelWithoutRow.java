package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import io.maskgate.rules.Location;

import java.util.BitSet;
import java.util.IdentityHashMap;

/** Every label of a mask channel has a row. */
@RuleInfo(code = "OBJECTS_LABEL_WITHOUT_ROW", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Every label (object) of a mask channel used by the table must have a row in the table.",
        hint = "Add a row for every object of the mask (Object ID = its label), or remove the object from the mask.")
public final class LabelWithoutRow implements TableCheck {

    /** Per pair, which label indexes have a row (a bit per label: millions of labels stay small). */
    private final IdentityHashMap<MaskBinding, BitSet> seen = new IdentityHashMap<>();

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
        BitSet bits = seen.computeIfAbsent(b, k -> new BitSet(k.labels().size()));
        Long id = ValueFormats.parseLong(row.cell(c));
        if (id != null) {
            int i = b.labels().indexOf(id);
            if (i >= 0) {
                bits.set(i);
            }
        }
    }

    @Override
    public void end(TableContext t) {
        if (!t.complete()) {
            return;
        }
        for (MaskBinding b : t.bindings()) {
            BitSet bits = seen.get(b);
            if (bits == null) {
                continue;
            }
            MaskLabels labels = b.labels();
            for (int i = bits.nextClearBit(0); i < labels.size(); i = bits.nextClearBit(i + 1)) {
                long label = labels.label(i);
                Location at = label <= Integer.MAX_VALUE ? Location.mask(null, null, null, null, (int) label) : Location.NONE;
                t.report(finding(t.relFile(), at, "label " + label + " of channel '" + b.maskName() + "' of "
                        + b.sourceFile() + " has no row in the table"));
            }
        }
    }
}
