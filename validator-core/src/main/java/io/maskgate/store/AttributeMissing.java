package io.maskgate.store;

import io.maskgate.json.SchemaViolation;
import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A required profile attribute is absent (from the attribute schemas' {@code required} lists). */
@RuleInfo(code = "STORE_ATTRIBUTE_MISSING", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Every attribute of the mask-store profile is present: the root group's experiment metadata"
                + " and trench_mapping records, and the data array's hypothesis_epoch_values.",
        hint = "Write the attribute as the producing pipeline does; see the mask-store profile documentation.")
public final class AttributeMissing implements Rule, StoreCheck {

    /** everit's wording for a missing key, the only place that names it. */
    private static final Pattern KEY = Pattern.compile("required key \\[(.*)] not found");

    @Override
    public void check(StoreModel store, FindingSink sink) {
        if (store.rootAttributesMissing) {
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.ATTRIBUTES),
                    "The root group has no attributes: the experiment metadata and trench_mapping are missing."));
        }
        report(store.rootViolations, store.rootFile, sink);
        report(store.dataViolations, store.dataFile, sink);
    }

    private void report(List<SchemaViolation> violations, String file, FindingSink sink) {
        for (SchemaViolation v : violations) {
            if (!"required".equals(v.keyword())) {
                continue;
            }
            String parent = Pointers.ATTRIBUTES + v.pointer();
            Matcher m = KEY.matcher(v.message());
            String pointer = m.matches() ? Pointers.child(parent, m.group(1)) : parent;
            String name = m.matches() ? m.group(1) : "a required key";
            sink.accept(finding(file, Location.pointer(pointer),
                    "Required attribute " + name + " is missing from " + parent + "."));
        }
    }
}
