package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Set;

/** A mask must have an integer pixel type. */
@RuleInfo(code = "OMETIFF_PIXEL_TYPE", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "A label mask must have an integer pixel type (uint8, uint16, uint32, int8, int16 or int32).",
        hint = "Labels are integers: convert the mask to uint32 (or uint16 for fewer than 65,536 objects) without scaling.")
public final class PixelType implements OmeTiffMetadataCheck {

    static final Set<String> INTEGER_TYPES = Set.of("uint8", "uint16", "uint32", "int8", "int16", "int32");

    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        OmeXmlInfo x = l.xml();
        if (x != null && x.pixelType() != null) {
            if (!INTEGER_TYPES.contains(x.pixelType())) {
                sink.accept(finding(l.file(), Location.NONE, "Pixels@Type is " + x.pixelType() + ", not an integer type"));
            }
            return;
        }
        for (int i = 0; i < l.pages().size(); i++) {
            TiffImage page = l.pages().get(i);
            if (page != null && !page.integerSamples() && page.samplesPerPixel() == 1) {
                sink.accept(finding(l.file(), l.atIfd(i), page.name() + " stores " + page.pixelTypeName()
                        + " samples, not an integer type of 8, 16 or 32 bits"));
                return;
            }
        }
    }
}
