package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Pixels must declare the physical pixel size in X and Y (HuBMAP requires both). */
@RuleInfo(code = "OMETIFF_PHYSICAL_SIZE_MISSING", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Pixels must declare PhysicalSizeX and PhysicalSizeY.",
        hint = "Add PhysicalSizeX/PhysicalSizeY (and their units, default µm) to the Pixels element; copy them from the source image.")
public final class PhysicalSizeMissing implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        OmeXmlInfo x = l.xml();
        if (x == null || x.imageCount() == 0) {
            return;
        }
        String missing = x.physicalSizeX() == null && x.physicalSizeY() == null ? "PhysicalSizeX and PhysicalSizeY"
                : x.physicalSizeX() == null ? "PhysicalSizeX" : x.physicalSizeY() == null ? "PhysicalSizeY" : null;
        if (missing != null) {
            sink.accept(finding(l.file(), Location.NONE, "Pixels of the first Image has no " + missing));
        }
    }
}
