package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** pixel_size_um is the acquisition's pixel size, up to float rounding. */
@RuleInfo(code = "STORE_PIXEL_SIZE_MISMATCH", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "pixel_size_um equals source_acquisition_metadata.file_summary.pixel_size_um (relative tolerance 1e-9).",
        hint = "Copy the pixel size from the acquisition metadata; rescaled masks need a new store.")
public final class PixelSizeMismatch implements Rule, StoreCheck {

    /** Relative tolerance: values round-tripped through float64 text agree far better than this. */
    static final double TOLERANCE = 1e-9;

    @Override
    public void check(StoreModel store, FindingSink sink) {
        Double size = store.pixelSize;
        Double source = store.acquisitionPixelSize;
        if (size == null || source == null || !(size > 0 && Double.isFinite(size))) {
            return; // invalid sizes are STORE_PIXEL_SIZE_INVALID's finding
        }
        if (Math.abs(size - source) > TOLERANCE * Math.max(Math.abs(size), Math.abs(source))) {
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.attribute("pixel_size_um")),
                    "pixel_size_um is " + size + ", but source_acquisition_metadata.file_summary.pixel_size_um is "
                            + source + "."));
        }
    }
}
