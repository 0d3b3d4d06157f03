package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Only the first Image of a mask OME-TIFF is checked. */
@RuleInfo(code = "OMETIFF_MULTIPLE_IMAGES", severity = Severity.WARNING, category = Category.OME_TIFF,
        summary = "A segmentation-mask OME-TIFF should hold one Image (one channel per mask).",
        hint = "Put all masks of a dataset into the channels of a single Image; maskgate checks the labels of the first Image only.")
public final class MultipleImages implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        if (l.xml() != null && l.xml().imageCount() > 1) {
            sink.accept(finding(l.file(), Location.NONE, "the OME-XML has " + l.xml().imageCount()
                    + " Image elements; only the first was checked"));
        }
        if (l.xml() != null && l.xml().imageCount() == 0) {
            sink.accept(finding(l.file(), Location.NONE, "the OME-XML has no Image element"));
        }
    }
}
