package io.maskgate.json;

/**
 * One JSON Schema violation.
 *
 * @param pointer JSON pointer of the offending value ({@code ""} = document root)
 * @param keyword the schema keyword that failed, e.g. {@code type}, {@code required}
 */
public record SchemaViolation(String pointer, String keyword, String message) {
}
