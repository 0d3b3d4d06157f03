package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The (X, Y) centroid lies inside the object's bounding box. */
@RuleInfo(code = "OBJECTS_CENTROID_OUTSIDE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "A row's (X, Y) centroid must lie inside the bounding box of its object's pixels in the mask.",
        hint = "X and Y are the object's centroid in full-resolution pixels, origin top-left, X to the right, Y down; "
                + "check for swapped X/Y, a scaled image or a different origin.")
public final class CentroidOutside implements TableCheck {

    private int x;
    private int y;

    @Override
    public void header(TableContext t) {
        ColumnSpec cx = t.header().column(ObjectsTemplate.X);
        ColumnSpec cy = t.header().column(ObjectsTemplate.Y);
        x = cx == null ? 0 : cx.index();
        y = cy == null ? 0 : cy.index();
    }

    @Override
    public void row(TableContext t, TableRow row) {
        int c = t.header().idColumn();
        if (c == 0 || x == 0 || y == 0) {
            return;
        }
        MaskBinding b = t.binding(row);
        if (b == null || !b.hasLabels()) {
            return;
        }
        Long id = ValueFormats.parseLong(row.cell(c));
        Long vx = ValueFormats.parseLong(row.cell(x));
        Long vy = ValueFormats.parseLong(row.cell(y));
        if (id == null || vx == null || vy == null) {
            return;
        }
        MaskLabels l = b.labels();
        int i = l.indexOf(id);
        if (i < 0) {
            return;
        }
        boolean xOut = vx < l.minX(i) || vx > l.maxX(i);
        boolean yOut = vy < l.minY(i) || vy > l.maxY(i);
        if (xOut || yOut) {
            t.report(this, row.number(), xOut ? x : y, "centroid (X " + vx + ", Y " + vy + ") of object " + id
                    + " lies outside its bounding box x " + l.minX(i) + "–" + l.maxX(i) + ", y " + l.minY(i) + "–"
                    + l.maxY(i) + " in channel '" + b.maskName() + "'");
        }
    }
}
