package io.maskgate.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.json.SchemaViolation;
import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A profile attribute has the wrong JSON type (every attribute-schema violation other than a missing key). */
@RuleInfo(code = "STORE_ATTRIBUTE_TYPE", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "Every profile attribute has its JSON type: counts, sizes and trench bounds are 32-bit integers,"
                + " pixel sizes numbers, paths and names strings, epochs integer lists, needs_flip a boolean.",
        hint = "Write the value with the JSON type the mask-store profile gives it (e.g. 2795, not \"2795\" or 2795.0).")
public final class AttributeType implements Rule, StoreCheck {

    private static final Pattern EXPECTED = Pattern.compile("expected type: (\\w+), found: \\w+");
    private static final Map<String, String> JSON_NAMES = Map.of(
            "Integer", "an integer", "Number", "a number", "String", "a string", "Boolean", "a boolean",
            "JSONObject", "an object", "JSONArray", "an array");

    @Override
    public void check(StoreModel store, FindingSink sink) {
        report(store.rootViolations, store.attrs, store.rootFile, sink);
        report(store.dataViolations, store.data == null ? null : store.data.attributes(), store.dataFile, sink);
    }

    private void report(List<SchemaViolation> violations, ObjectNode document, String file, FindingSink sink) {
        for (SchemaViolation v : violations) {
            if ("required".equals(v.keyword())) {
                continue;
            }
            String pointer = Pointers.ATTRIBUTES + v.pointer();
            sink.accept(finding(file, Location.pointer(pointer), pointer + " " + describe(v, valueAt(document, v.pointer()))));
        }
    }

    private static String describe(SchemaViolation v, JsonNode value) {
        String found = value == null ? "" : ", but is " + jsonType(value);
        if ("type".equals(v.keyword())) {
            Matcher m = EXPECTED.matcher(v.message());
            String expected = m.matches() ? JSON_NAMES.getOrDefault(m.group(1), m.group(1)) : "another type";
            return "must be " + expected + found + ".";
        }
        if ("minimum".equals(v.keyword()) || "maximum".equals(v.keyword())) {
            return "must be a 32-bit integer" + found + " outside that range.";
        }
        return "is not valid: " + v.message() + ".";
    }

    private static JsonNode valueAt(ObjectNode document, String pointer) {
        if (document == null) {
            return null;
        }
        try {
            JsonNode node = document.at(pointer);
            return node.isMissingNode() ? null : node;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String jsonType(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> value.isIntegralNumber() ? "the integer " + value : "the number " + value;
            case STRING -> value.textValue().length() <= 40 ? "the string \"" + value.textValue() + "\"" : "a string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
