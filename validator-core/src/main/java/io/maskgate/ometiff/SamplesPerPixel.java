package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A mask plane has one sample per pixel. */
@RuleInfo(code = "OMETIFF_SAMPLES_PER_PIXEL", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Each mask plane must have one sample per pixel (one channel per mask, no RGB).",
        hint = "Store each mask as its own channel (one IFD per channel) instead of interleaved samples.")
public final class SamplesPerPixel implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        int differing = 0;
        TiffImage first = null;
        for (TiffImage page : l.pages()) {
            if (page != null && page.samplesPerPixel() != 1) {
                if (differing++ == 0) {
                    first = page;
                }
            }
        }
        if (first != null) {
            sink.accept(finding(l.file(), Location.NONE, first.name() + " has " + first.samplesPerPixel()
                    + " samples per pixel" + (differing > 1 ? " (" + differing + " IFDs like it)" : "")));
            return;
        }
        OmeXmlInfo x = l.xml();
        if (x != null) {
            for (int c = 0; c < x.channels().size(); c++) {
                Integer spp = x.channels().get(c).samplesPerPixel();
                if (spp != null && spp != 1) {
                    sink.accept(finding(l.file(), Location.pixel(c, null, null, null), "Channel " + c
                            + " declares SamplesPerPixel " + spp));
                    return;
                }
            }
        }
    }
}
