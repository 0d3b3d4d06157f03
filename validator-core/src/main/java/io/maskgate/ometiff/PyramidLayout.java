package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Pyramid levels belong in SubIFDs, not in the main IFD chain. */
@RuleInfo(code = "OMETIFF_PYRAMID_LAYOUT", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Reduced-resolution images must be stored in SubIFDs (tag 330) of their plane, not in the main IFD chain.",
        hint = "Re-export with an OME-TIFF writer that puts pyramid levels into SubIFDs (bfconvert -pyramid-resolutions, tifffile "
                + "subifds=...); masks that come from a Zarr mask store can be written by 'maskgate package', which does so.")
public final class PyramidLayout implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        int reduced = 0;
        TiffImage first = null;
        for (TiffImage page : l.pages()) {
            if (page != null && (page.newSubfileType() & 1) != 0) {
                if (reduced++ == 0) {
                    first = page;
                }
            }
        }
        if (first != null) {
            sink.accept(finding(l.file(), Location.NONE, first.name() + " in the main IFD chain is a reduced-resolution image"
                    + " (NewSubfileType " + first.newSubfileType() + ")" + (reduced > 1 ? "; " + reduced + " IFDs like it" : "")));
        }
    }
}
