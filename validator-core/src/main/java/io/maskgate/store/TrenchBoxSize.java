package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every trench box has the crop size: y_bottom - y_top == trench_height, x_right - x_left == trench_width. */
@RuleInfo(code = "STORE_TRENCH_BOX_SIZE", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Every trench_mapping box has the crop size: y_bottom - y_top == trench_height and x_right - x_left == trench_width.",
        hint = "Fix the record's bounds: each mask is a crop of exactly trench_height x trench_width pixels.")
public final class TrenchBoxSize implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        TrenchTable t = store.trenches;
        Long h = store.height.agreed();
        Long w = store.width.agreed();
        if (t == null || (h == null && w == null)) {
            return; // no agreed size: STORE_TRENCH_SIZE reports the disagreement
        }
        // When most records share another size, STORE_TRENCH_SIZE reported it once for all of them.
        Long sharedH = store.recordHeights != null && store.height.isDissenter(store.recordHeights) ? store.recordHeights.value() : null;
        Long sharedW = store.recordWidths != null && store.width.isDissenter(store.recordWidths) ? store.recordWidths.value() : null;
        for (int i = 0; i < t.size; i++) {
            if (!t.valid[i]) {
                continue;
            }
            long rh = t.height(i);
            long rw = t.width(i);
            boolean badH = h != null && rh != h && (sharedH == null || rh != sharedH);
            boolean badW = w != null && rw != w && (sharedW == null || rw != sharedW);
            if (!badH && !badW) {
                continue;
            }
            store.suspect.set(i);
            String expected = (h == null ? "?" : h.toString()) + " x " + (w == null ? "?" : w.toString());
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.trench(i, badH ? "y_bottom" : "x_right")),
                    "Trench box " + i + " is " + rh + " x " + rw + " px (y " + t.yTop[i] + ".." + t.yBottom[i] + ", x "
                            + t.xLeft[i] + ".." + t.xRight[i] + "), expected height x width " + expected + "."));
        }
    }
}
