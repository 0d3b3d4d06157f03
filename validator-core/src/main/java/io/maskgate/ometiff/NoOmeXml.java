package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The ImageDescription of the first IFD must hold OME-XML (ending in OME>). */
@RuleInfo(code = "OMETIFF_NO_OME_XML", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "The ImageDescription of the first IFD must hold OME-XML (ending in OME>).",
        hint = "Write the file with an OME-TIFF writer (bfconvert, tifffile with ome=True) so that IFD 0 carries the OME-XML; "
                + "masks that come from a Zarr mask store can be written by 'maskgate package', which puts it there.")
public final class NoOmeXml implements Rule {
}
