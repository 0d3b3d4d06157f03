package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One Channel per channel, each with a unique, non-empty Name (the mask name HuBMAP matches, lower-cased). */
@RuleInfo(code = "OMETIFF_CHANNEL_NAME", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "Pixels must have SizeC Channel elements, each with a non-empty Name unique regardless of case.",
        hint = "Name every channel after its mask (e.g. cell, nucleus); the objects table's Mask name must match it.")
public final class ChannelNames implements OmeTiffMetadataCheck {
    @Override
    public void check(OmeTiffLayout l, FindingSink sink) {
        OmeXmlInfo x = l.xml();
        if (x == null || x.imageCount() == 0) {
            return;
        }
        if (x.sizeC() != null && x.channels().size() != x.effectiveSizeC()) {
            sink.accept(finding(l.file(), Location.NONE, "Pixels declares SizeC " + x.sizeC() + " but has "
                    + x.channels().size() + " Channel elements"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < x.channels().size(); c++) {
            String name = x.channels().get(c).name();
            Location at = Location.pixel(c, null, null, null);
            if (name == null || name.isBlank()) {
                sink.accept(finding(l.file(), at, "Channel " + c + " has no Name"));
                continue;
            }
            Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), c);
            if (before != null) {
                sink.accept(finding(l.file(), at, "Channel " + c + " is named '" + name + "', like channel " + before
                        + " (names are compared ignoring case)"));
            }
        }
    }
}
