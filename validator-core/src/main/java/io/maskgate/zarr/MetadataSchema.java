package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaValidator;
import io.maskgate.json.SchemaViolation;
import io.maskgate.rules.Rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structural layer: applies {@code zarr-v3.schema.json} and turns its violations into
 * findings, one per offending value. The schema owns required members, member types and the form
 * of extension objects; {@code node_type} is the discriminator, so code checks it and passes the
 * kind to apply.
 */
final class MetadataSchema {

    static final String SCHEMA = "zarr-v3.schema.json";

    /** Members the schema describes; everything else is left to the must_understand rule. */
    static final Set<String> ARRAY_MEMBERS = Set.of("zarr_format", "node_type", "shape", "data_type", "chunk_grid",
            "chunk_key_encoding", "fill_value", "codecs", "storage_transformers", "dimension_names", "attributes");
    static final Set<String> GROUP_MEMBERS = Set.of("zarr_format", "node_type", "attributes", "consolidated_metadata");

    private static final Pattern REQUIRED = Pattern.compile("required key \\[(.*)\\] not found");
    private static final Pattern EXPECTED_TYPE = Pattern.compile("expected type: (\\w+)");
    private static final Map<String, String> TYPE_NAMES = Map.of("JSONObject", "an object", "JSONArray", "an array",
            "String", "a string", "Integer", "an integer", "Number", "a number", "Boolean", "a boolean",
            "Null", "null");

    private final SchemaValidator validator = JsonSchemas.load(SCHEMA);

    /** Validates the skeleton of {@code doc} as a node of {@code kind} ("array" or "group"). */
    void apply(MetadataDocument doc, String kind) {
        Map<String, List<SchemaViolation>> byPointer = new TreeMap<>();
        for (SchemaViolation v : validator.validate(skeleton(doc.root(), kind))) {
            Matcher m = REQUIRED.matcher(v.message());
            String pointer = "required".equals(v.keyword()) && m.matches()
                    ? JsonPointers.child(v.pointer(), m.group(1)) : v.pointer();
            byPointer.computeIfAbsent(pointer, k -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, List<SchemaViolation>> e : byPointer.entrySet()) {
            report(doc, e.getKey(), e.getValue());
        }
    }

    /**
     * A shallow copy holding what the schema judges: attribute values and unknown members are
     * dropped (they can be tens of megabytes and the schema only types the container), node_type
     * is set to the kind chosen by code.
     */
    private static ObjectNode skeleton(ObjectNode root, String kind) {
        Set<String> members = "group".equals(kind) ? GROUP_MEMBERS : ARRAY_MEMBERS;
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        root.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (!members.contains(name)) {
                return;
            }
            if (("attributes".equals(name) || "consolidated_metadata".equals(name)) && value.isObject()) {
                copy.putObject(name);
            } else {
                copy.set(name, value);
            }
        });
        copy.put("node_type", kind);
        return copy;
    }

    private static void report(MetadataDocument doc, String pointer, List<SchemaViolation> violations) {
        for (SchemaViolation v : violations) {
            if ("required".equals(v.keyword())) {
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                doc.schemaFinding(RequiredKeyRule.class, pointer, "required member '" + JsonPointers.lastToken(pointer)
                        + "' is missing" + (parent.isEmpty() ? "" : " from " + parent));
                return;
            }
        }
        Set<String> expected = new LinkedHashSet<>();
        List<String> other = new ArrayList<>();
        for (SchemaViolation v : violations) {
            Matcher m = EXPECTED_TYPE.matcher(v.message());
            if ("type".equals(v.keyword()) && m.find()) {
                expected.add(TYPE_NAMES.getOrDefault(m.group(1), m.group(1)));
            } else if (v.message().startsWith("expected: null")) {
                expected.add("null");
            } else {
                other.add(v.keyword() + ": " + v.message());
            }
        }
        JsonNode actual = doc.root().at(pointer);
        String message = expected.isEmpty()
                ? label(pointer) + " is invalid (" + String.join("; ", other) + ")"
                : label(pointer) + " must be " + String.join(" or ", expected.stream().sorted().toList())
                + ", found " + JsonText.describe(actual);
        doc.schemaFinding(ruleFor(pointer), pointer, message);
    }

    /** Schema violations are typed by where they are: a few members have their own code. */
    private static Class<? extends Rule> ruleFor(String pointer) {
        if (pointer.equals("/attributes")) {
            return AttributesTypeRule.class;
        }
        if (pointer.startsWith("/shape/")) {
            return ShapeRule.class;
        }
        if (pointer.startsWith("/dimension_names/")) {
            return DimensionNamesRule.class;
        }
        return WrongTypeRule.class;
    }

    private static String label(String pointer) {
        return pointer.isEmpty() ? "the document" : pointer.substring(1);
    }
}
