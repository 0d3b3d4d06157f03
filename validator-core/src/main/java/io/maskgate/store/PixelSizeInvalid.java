package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A physical pixel size is positive. */
@RuleInfo(code = "STORE_PIXEL_SIZE_INVALID", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "pixel_size_um is a positive number of micrometres.",
        hint = "Copy the pixel size from the acquisition metadata (file_summary.pixel_size_um).")
public final class PixelSizeInvalid implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        Double size = store.pixelSize;
        if (size != null && !(size > 0 && Double.isFinite(size))) {
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.attribute("pixel_size_um")),
                    "pixel_size_um is " + size + ": a pixel size is positive."));
        }
    }
}
