package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every full-resolution IFD must be SizeX × SizeY. */
@RuleInfo(code = "OMETIFF_PLANE_SIZE", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Every full-resolution IFD must be exactly SizeX × SizeY pixels.",
        hint = "Write every plane at the size the OME-XML declares (or fix SizeX/SizeY).")
public final class PlaneSize implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        OmeXmlInfo x = l.xml();
        if (x == null || x.sizeX() == null || x.sizeY() == null) {
            return;
        }
        int differing = 0;
        TiffImage first = null;
        for (int i : l.fullResolution()) {
            TiffImage page = l.pages().get(i);
            if (page != null && (page.width() != x.sizeX() || page.height() != x.sizeY())) {
                if (differing++ == 0) {
                    first = page;
                }
            }
        }
        if (first != null) {
            sink.accept(finding(l.file(), Location.NONE, first.name() + " is " + first.width() + " × " + first.height()
                    + " pixels but Pixels declares SizeX " + x.sizeX() + " × SizeY " + x.sizeY()
                    + (differing > 1 ? " (" + differing + " IFDs differ)" : "")));
        }
    }
}
