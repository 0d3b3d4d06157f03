package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Mask names and file prefixes without digits. */
@RuleInfo(code = "OBJECTS_NAME_DIGITS", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "Mask names and objects-file prefixes should contain no digits: HuBMAP's portal maps an object to its "
                + "pixel label by taking the first run of digits in '<prefix>-<Object ID>'.",
        hint = "Rename the mask without digits (e.g. 'cells-round-two' instead of 'cells2'), in the file name, the Mask name "
                + "column and the OME-TIFF channel name.")
public final class NameDigits extends NameLint {

    @Override
    String problem(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                int start = i;
                while (i < name.length() && Character.isDigit(name.charAt(i))) {
                    i++;
                }
                return "contains digits: HuBMAP's portal would read object '" + name + "-17' as label "
                        + name.substring(start, i) + ", not 17";
            }
        }
        return null;
    }
}
