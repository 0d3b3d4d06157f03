package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;

/** Short descriptions of JSON values for finding messages. */
final class JsonText {

    private static final int MAX_VALUE_CHARS = 60;

    private JsonText() {
    }

    /** The JSON type name of a node: object, array, string, integer, number, boolean, null. */
    static String type(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Type and, for scalars, the value: {@code string "abc"}, {@code number 2.5}, {@code array}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isContainerNode() || node.isNull()) {
            return type(node);
        }
        return type(node) + " " + value(node);
    }

    /** The value as JSON text, shortened for messages. */
    static String value(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "array of " + node.size() : "object";
        }
        String text = node.toString();
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
