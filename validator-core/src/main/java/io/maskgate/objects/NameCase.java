package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Mask names and file prefixes in lower case. */
@RuleInfo(code = "OBJECTS_NAME_CASE", severity = Severity.WARNING, category = Category.OBJECTS_TABLE,
        summary = "Mask names and objects-file prefixes should be lower case: HuBMAP matches mask names lower-cased.",
        hint = "Rename the mask in lower case, in the file name, the Mask name column and the OME-TIFF channel name.")
public final class NameCase extends NameLint {

    @Override
    String problem(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return "contains upper case: HuBMAP compares mask names lower-cased, so '" + name + "' and '"
                        + name.toLowerCase(java.util.Locale.ROOT) + "' would be confused";
            }
        }
        return null;
    }
}
