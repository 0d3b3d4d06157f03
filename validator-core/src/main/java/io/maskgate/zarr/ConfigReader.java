package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Rule;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the members of one extension's {@code configuration}, reporting every missing, unexpected
 * or invalid member with one rule (e.g. {@link CodecConfigRule}). Getters return null for an
 * absent or invalid member.
 */
final class ConfigReader {

    private final MetadataDocument doc;
    private final ObjectNode configuration;
    private final String pointer;
    private final String what;
    private final Class<? extends Rule> rule;
    private final int errorsAtStart;

    /**
     * @param what how messages name the extension, e.g. {@code codec 'zstd'}
     */
    ConfigReader(MetadataDocument doc, Extension extension, String what, Class<? extends Rule> rule) {
        this.doc = doc;
        this.configuration = extension.configuration();
        this.pointer = extension.configurationPointer();
        this.what = what;
        this.rule = rule;
        this.errorsAtStart = doc.errorCount();
    }

    /** True when this reader reported nothing. */
    boolean clean() {
        return doc.errorCount() == errorsAtStart;
    }

    String pointer(String member) {
        return JsonPointers.child(pointer, member);
    }

    void report(String pointer, String message) {
        doc.report(rule, pointer, what + ": " + message);
    }

    /** Reports every member not in {@code allowed}. */
    void allowOnly(List<String> allowed) {
        if (configuration == null) {
            return;
        }
        Set<String> set = Set.copyOf(allowed);
        for (Iterator<String> it = configuration.fieldNames(); it.hasNext(); ) {
            String member = it.next();
            if (!set.contains(member)) {
                report(pointer(member), allowed.isEmpty()
                        ? "takes no configuration, found member '" + member + "'"
                        : "unexpected configuration member '" + member + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The member, or null (reported when {@code required}). */
    JsonNode get(String member, boolean required) {
        JsonNode node = configuration == null ? null : configuration.get(member);
        if (node == null && required) {
            report(pointer(member), "configuration." + member + " is required");
        }
        return node;
    }

    /** An integer member within [min, max]. */
    Long integer(String member, boolean required, long min, long max) {
        JsonNode node = get(member, required);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            report(pointer(member), "configuration." + member + " must be an integer in " + min + ".." + max
                    + ", found " + JsonText.describe(node));
            return null;
        }
        return node.longValue();
    }

    /** A string member from {@code values}. */
    String oneOf(String member, boolean required, List<String> values) {
        JsonNode node = get(member, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || !values.contains(node.textValue())) {
            report(pointer(member), "configuration." + member + " must be " + (values.size() > 2 ? "one of " : "") + quoted(values)
                    + ", found " + JsonText.describe(node));
            return null;
        }
        return node.textValue();
    }

    /** A boolean member. */
    Boolean bool(String member, boolean required) {
        JsonNode node = get(member, required);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            report(pointer(member), "configuration." + member + " must be true or false, found " + JsonText.describe(node));
            return null;
        }
        return node.booleanValue();
    }

    static String quoted(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : i == values.size() - 1 ? " or " : ", ").append('"').append(values.get(i)).append('"');
        }
        return sb.toString();
    }
}
