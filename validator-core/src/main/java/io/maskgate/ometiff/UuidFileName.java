package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** TiffData UUID FileName should name this file. */
@RuleInfo(code = "OMETIFF_UUID_FILENAME", severity = Severity.WARNING, category = Category.OME_TIFF,
        summary = "TiffData UUID FileName should be the file's own name.",
        hint = "The file was probably renamed after writing; rewrite the OME-XML FileName attributes (or re-export) so readers find the planes.")
public final class UuidFileName implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        OmeXmlInfo x = l.xml();
        if (x == null) {
            return;
        }
        for (int i = 0; i < x.tiffData().size(); i++) {
            String f = x.tiffData().get(i).fileName();
            if (f != null && !f.equals(l.fileName())) {
                sink.accept(finding(l.file(), Location.NONE, "TiffData " + i + " names file '" + f + "' but this file is '"
                        + l.fileName() + "'"));
                return;
            }
        }
    }
}
