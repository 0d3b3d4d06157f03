package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/**
 * A mask plane has one sample per pixel. An RGB image (one Channel SamplesPerPixel 3, SizeC 3) is
 * reported here once; its plane count and channels are judged in channels, not samples
 * ({@link OmeXmlInfo#effectiveSizeC()}), so it gets no plane or channel findings as a consequence.
 */
@RuleInfo(code = "OMETIFF_SAMPLES_PER_PIXEL", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Each mask plane must have one sample per pixel (one channel per mask, no RGB).",
        hint = "Store each mask as its own channel (one IFD per channel) instead of interleaved samples.")
public final class SamplesPerPixel implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        int differing = 0;
        int first = -1;
        for (int i = 0; i < l.pages().size(); i++) {
            TiffImage page = l.pages().get(i);
            if (page != null && page.samplesPerPixel() != 1) {
                if (differing++ == 0) {
                    first = i;
                }
            }
        }
        if (first >= 0) {
            TiffImage page = l.pages().get(first);
            sink.accept(finding(l.file(), l.atIfd(first), page.name() + " has " + page.samplesPerPixel()
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
