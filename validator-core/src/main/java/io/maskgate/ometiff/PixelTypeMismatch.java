package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The TIFF samples must have the type the OME-XML declares. */
@RuleInfo(code = "OMETIFF_PIXEL_TYPE_MISMATCH", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "The TIFF sample type (BitsPerSample, SampleFormat) of every IFD must match Pixels@Type.",
        hint = "Rewrite either the pixels or the OME-XML so both state the same type; readers trust one or the other.")
public final class PixelTypeMismatch implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        OmeXmlInfo x = l.xml();
        if (x == null || x.pixelType() == null) {
            return;
        }
        int differing = 0;
        TiffImage first = null;
        for (int i : l.fullResolution()) {
            TiffImage page = l.pages().get(i);
            if (page != null && !page.pixelTypeName().equals(x.pixelType())) {
                if (differing++ == 0) {
                    first = page;
                }
            }
        }
        if (first != null) {
            sink.accept(finding(l.file(), Location.NONE, first.name() + " stores " + first.pixelTypeName()
                    + " samples but Pixels@Type is " + x.pixelType() + (differing > 1 ? " (" + differing + " IFDs differ)" : "")));
        }
    }
}
