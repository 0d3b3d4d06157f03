package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.BitSet;
import java.util.IdentityHashMap;

/**
 * Every label of a mask channel has a row. Reported in the mask, at the label (channel, first plane,
 * bounding box): the table has no row to point at.
 */
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

    /** The mask's path as findings name files: Source file is a name in the table's own folder. */
    static String maskFile(String tableRelFile, String sourceFile) {
        return tableRelFile.substring(0, tableRelFile.lastIndexOf('/') + 1) + sourceFile;
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
            String maskFile = maskFile(t.relFile(), b.sourceFile());
            for (int i = bits.nextClearBit(0); i < labels.size(); i = bits.nextClearBit(i + 1)) {
                long label = labels.label(i);
                // the label is in the mask: point there (channel, plane, its box), the table has no row to point at
                Location at = Location.pixel(b.channel(), labels.plane(i), null, null).withLabel(label,
                        new Location.Box(labels.minX(i), labels.minY(i), labels.maxX(i), labels.maxY(i)));
                t.report(finding(maskFile, at, "label " + label + " of channel '" + b.maskName() + "' (channel "
                        + b.channel() + ") has no row in the objects table"));
            }
        }
    }
}
