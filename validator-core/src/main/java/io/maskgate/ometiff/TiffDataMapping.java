package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Every plane must be mapped to exactly one IFD by TiffData. */
@RuleInfo(code = "OMETIFF_TIFFDATA", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "TiffData must map every plane to exactly one existing IFD.",
        hint = "Write one TiffData per plane (IFD, FirstC/FirstZ/FirstT, PlaneCount) or one covering all planes in order.")
public final class TiffDataMapping implements OmeTiffMetadataCheck {
    static final int MAX_REPORTED = 10;

    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        if (l.planeMap() == null || !l.chainComplete()) {
            return;
        }
        var problems = l.planeMap().problems();
        for (int i = 0; i < Math.min(MAX_REPORTED, problems.size()); i++) {
            sink.accept(finding(l.file(), Location.NONE, problems.get(i)));
        }
        if (problems.size() > MAX_REPORTED) {
            sink.accept(finding(l.file(), Location.NONE, (problems.size() - MAX_REPORTED)
                    + " more TiffData problems like the ones above"));
        }
    }
}
