package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** OME@UUID must be present and every TiffData UUID must equal it (single-file OME-TIFF). */
@RuleInfo(code = "OMETIFF_UUID", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "OME@UUID must be set and every TiffData UUID must equal it (a single-file OME-TIFF refers only to itself).",
        hint = "Give the OME element a UUID (urn:uuid:...) and use the same value in every TiffData/UUID.")
public final class UuidMismatch implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        OmeXmlInfo x = l.xml();
        if (x == null) {
            return;
        }
        if (x.uuid() == null || x.uuid().isBlank()) {
            sink.accept(finding(l.file(), Location.NONE, "the OME element has no UUID attribute"));
            return;
        }
        int differing = 0;
        String first = null;
        int firstIndex = -1;
        for (int i = 0; i < x.tiffData().size(); i++) {
            String u = x.tiffData().get(i).uuid();
            if (u != null && !u.trim().equals(x.uuid())) {
                if (differing++ == 0) {
                    first = u.trim();
                    firstIndex = i;
                }
            }
        }
        if (differing > 0) {
            sink.accept(finding(l.file(), Location.NONE, "TiffData " + firstIndex + " refers to UUID " + first
                    + ", not this file's OME@UUID " + x.uuid() + (differing > 1 ? " (" + differing + " TiffData in all)" : "")));
        }
    }
}
