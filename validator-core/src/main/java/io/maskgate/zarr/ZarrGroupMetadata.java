package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Zarr v3 group's {@code zarr.json}.
 *
 * @param document   the whole parsed document
 * @param attributes the {@code attributes} object (empty when absent)
 */
public record ZarrGroupMetadata(JsonNode document, ObjectNode attributes) {
}
