package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** SizeC × SizeZ × SizeT must equal the number of full-resolution IFDs (SizeC in channels, not samples). */
@RuleInfo(code = "OMETIFF_PLANE_COUNT", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "The number of planes (SizeC × SizeZ × SizeT) must equal the number of full-resolution IFDs.",
        hint = "Make the OME-XML sizes match the pages written, or write one page per plane.")
public final class PlaneCount implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        if (!l.hasSizes() || !l.chainComplete()) {
            return; // a broken chain is reported as the cause; a count would only repeat it
        }
        OmeXmlInfo x = l.xml();
        long channels = x.effectiveSizeC(); // an RGB channel is one plane, not SizeC = 3 of them
        long planes = channels * x.sizeZ() * x.sizeT();
        int ifds = l.fullResolution().size();
        if (planes != ifds) {
            String c = x.samplesInSizeC() ? channels + " channels (SizeC " + x.sizeC() + " samples)" : "SizeC " + x.sizeC();
            sink.accept(finding(l.file(), Location.NONE, "the OME-XML declares " + planes + " planes (" + c
                    + " × SizeZ " + x.sizeZ() + " × SizeT " + x.sizeT() + ") but the file has " + ifds
                    + " full-resolution IFDs"));
        }
    }
}
