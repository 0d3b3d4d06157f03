package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Rule;

import java.util.Iterator;
import java.util.Set;

/**
 * An extension point value: {@code {"name": ..., "configuration": {...}, "must_understand": ...}}
 * or, since Zarr v3.1, a bare name string.
 *
 * @param configuration null when absent (or for a bare name)
 * @param mustUnderstand null when absent
 * @param pointer       where the extension value sits
 */
record Extension(String name, ObjectNode configuration, JsonNode mustUnderstand, boolean bare, String pointer) {

    private static final Set<String> MEMBERS = Set.of("name", "configuration", "must_understand");

    /** Where the name is written: the value itself for a bare name. */
    String namePointer() {
        return bare ? pointer : pointer + "/name";
    }

    String configurationPointer() {
        return pointer + "/configuration";
    }

    /** True when the extension explicitly says readers may ignore it. */
    boolean optional() {
        return mustUnderstand != null && mustUnderstand.isBoolean() && !mustUnderstand.booleanValue();
    }

    /**
     * Reads an extension value; null when it cannot be used. The schema has already reported
     * structural problems it can see; code reports them only where the schema did not look, and
     * reports members other than name/configuration/must_understand with {@code memberRule}.
     */
    static Extension parse(MetadataDocument doc, JsonNode node, String pointer, Class<? extends Rule> memberRule) {
        if (node == null || !doc.usable(pointer)) {
            return null;
        }
        if (node.isTextual()) {
            return new Extension(node.textValue(), null, null, true, pointer);
        }
        if (!node.isObject()) {
            doc.report(WrongTypeRule.class, pointer, label(pointer) + " must be a string or an object, found "
                    + JsonText.describe(node));
            return null;
        }
        boolean ok = true;
        JsonNode name = node.get("name");
        if (name == null) {
            doc.report(RequiredKeyRule.class, pointer + "/name", "required member 'name' is missing from " + label(pointer));
            ok = false;
        } else if (!name.isTextual()) {
            doc.report(WrongTypeRule.class, pointer + "/name", label(pointer) + "/name must be a string, found "
                    + JsonText.describe(name));
            ok = false;
        }
        JsonNode configuration = node.get("configuration");
        if (configuration != null && !configuration.isObject()) {
            doc.report(WrongTypeRule.class, pointer + "/configuration", label(pointer)
                    + "/configuration must be an object, found " + JsonText.describe(configuration));
            ok = false;
        }
        JsonNode mustUnderstand = node.get("must_understand");
        if (mustUnderstand != null && !mustUnderstand.isBoolean()) {
            doc.report(WrongTypeRule.class, pointer + "/must_understand", label(pointer)
                    + "/must_understand must be a boolean, found " + JsonText.describe(mustUnderstand));
            ok = false;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String member = it.next();
            if (!MEMBERS.contains(member)) {
                doc.report(memberRule, JsonPointers.child(pointer, member), label(pointer) + " has unexpected member '"
                        + member + "' (allowed: name, configuration, must_understand)");
                ok = false;
            }
        }
        if (!ok || !doc.usable(pointer + "/name") || !doc.usable(pointer + "/configuration")
                || !doc.usable(pointer + "/must_understand")) {
            return null;
        }
        return new Extension(name.textValue(), (ObjectNode) configuration, mustUnderstand, false, pointer);
    }

    static String label(String pointer) {
        return pointer.isEmpty() ? "the document" : pointer.substring(1);
    }
}
