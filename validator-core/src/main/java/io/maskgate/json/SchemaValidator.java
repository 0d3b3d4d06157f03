package io.maskgate.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Validates a JSON document against one JSON Schema and returns every violation, never only the first. */
public interface SchemaValidator {
    List<SchemaViolation> validate(JsonNode document);
}
