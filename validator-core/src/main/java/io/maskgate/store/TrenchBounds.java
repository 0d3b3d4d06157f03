package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Boxes are non-empty and inside the source frame (file_summary.sizes X and Y, when given). */
@RuleInfo(code = "STORE_TRENCH_BOUNDS", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Every trench box lies inside the source frame: 0 <= x_left < x_right <= X and 0 <= y_top < y_bottom <= Y"
                + " (X and Y from source_acquisition_metadata.file_summary.sizes, when present).",
        hint = "Trench bounds are full-frame pixel coordinates of the source ND2 frame.")
public final class TrenchBounds implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        if (t == null) {
            return;
        }
        Integer frameX = store.frameWidth;
        Integer frameY = store.frameHeight;
        String frame = " of the " + (frameX == null ? "?" : frameX) + " x " + (frameY == null ? "?" : frameY) + " px frame";
        for (int i = 0; i < t.size; i++) {
            if (!t.valid[i] || store.suspect.get(i)) {
                continue; // a box of the wrong size is already reported
            }
            String field = null;
            String why = null;
            if (t.xLeft[i] < 0) {
                field = "x_left";
                why = "x_left " + t.xLeft[i] + " is negative";
            } else if (t.yTop[i] < 0) {
                field = "y_top";
                why = "y_top " + t.yTop[i] + " is negative";
            } else if (t.xRight[i] <= t.xLeft[i]) {
                field = "x_right";
                why = "x_right " + t.xRight[i] + " is not right of x_left " + t.xLeft[i];
            } else if (t.yBottom[i] <= t.yTop[i]) {
                field = "y_bottom";
                why = "y_bottom " + t.yBottom[i] + " is not below y_top " + t.yTop[i];
            } else if (frameX != null && t.xRight[i] > frameX) {
                field = "x_right";
                why = "x_right " + t.xRight[i] + " is beyond the width" + frame;
            } else if (frameY != null && t.yBottom[i] > frameY) {
                field = "y_bottom";
                why = "y_bottom " + t.yBottom[i] + " is beyond the height" + frame;
            }
            if (field != null) {
                store.suspect.set(i);
                sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, field)),
                        "Trench box " + i + " is outside the source frame: " + why + "."));
            }
        }
    }
}
