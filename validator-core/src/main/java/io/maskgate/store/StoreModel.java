package io.maskgate.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.json.SchemaValidator;
import io.maskgate.json.SchemaViolation;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrGroupMetadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A typed view of one store's profile metadata, built once per check. Every accessor is null when
 * the value is absent or of the wrong JSON type: the schema rules report that once, and every
 * rule that needs the value skips silently, so a missing prerequisite never cascades.
 * The accessors apply exactly the schema's type tests, so a value the schema accepts is usable.
 */
final class StoreModel {

    /** The axis order of the {@code data} array. */
    static final List<String> AXES = List.of("hypothesis", "trench", "time", "y", "x");

    final String rootFile;
    final String dataFile;
    /** Root attributes; null when the root group could not be read or has none. */
    final ObjectNode attrs;
    /** True when the root group was read but carries no attributes at all. */
    final boolean rootAttributesMissing;
    final ZarrArrayMetadata data;
    final List<SchemaViolation> rootViolations;
    final List<SchemaViolation> dataViolations;
    /** The data shape when it has the expected rank 5, else null. */
    final long[] shape;

    final Integer nTrenches;
    final Integer nTimes;
    final Integer trenchHeight;
    final Integer trenchWidth;
    final Integer sourceMetadataVersion;
    final Integer acquisitionSchemaVersion;
    final Integer activeTimepointCount;
    final Integer frameWidth;
    final Integer frameHeight;
    final Double pixelSize;
    final Double acquisitionPixelSize;
    final String sourceNd2;
    final String experimentName;
    final String checkpointTemplate;
    /** {@code segmentation_hypothesis_epochs} (root). */
    final int[] rootEpochs;
    /** {@code hypothesis_epoch_values} (data attributes). */
    final int[] dataEpochs;
    final List<String> rawFovNames;
    final List<String> activeFovNames;
    /** {@code data.attributes.axis_names}. */
    final List<String> axisNames;
    /** Null when {@code trench_mapping} is absent or not an array. */
    final TrenchTable trenches;

    final Consensus height;
    final Consensus width;
    /** The records' own witnesses of the box size (null when the records give no clear majority). */
    final Witness recordHeights;
    final Witness recordWidths;

    /** Records already reported by an earlier rule; later relational checks leave them out. */
    final BitSet suspect = new BitSet();

    StoreModel(ZarrGroupMetadata root, String rootFile, ZarrArrayMetadata data, String dataFile,
               SchemaValidator rootSchema, SchemaValidator dataSchema) {
        this.rootFile = rootFile == null ? "" : rootFile;
        this.dataFile = dataFile == null ? "" : dataFile;
        this.data = data;
        ObjectNode a = root == null ? null : root.attributes();
        rootAttributesMissing = root != null && (a == null || a.isEmpty());
        attrs = a == null || a.isEmpty() ? null : a;
        rootViolations = attrs == null ? List.of() : rootSchema.validate(withoutExcessRecords(attrs, data));
        ObjectNode dataAttrs = data == null ? null : data.attributes();
        dataViolations = data == null ? List.of()
                : dataSchema.validate(dataAttrs == null ? JsonNodeFactory.instance.objectNode() : dataAttrs);
        shape = data != null && data.shape() != null && data.shape().length == AXES.size() ? data.shape() : null;

        JsonNode at = attrs == null ? MissingNode.getInstance() : attrs;
        nTrenches = integer(at.get("n_trenches"));
        nTimes = integer(at.get("n_times"));
        trenchHeight = integer(at.get("trench_height"));
        trenchWidth = integer(at.get("trench_width"));
        sourceMetadataVersion = integer(at.get("source_metadata_version"));
        JsonNode acquisition = object(at.get("source_acquisition_metadata"));
        acquisitionSchemaVersion = integer(acquisition.get("schema_version"));
        JsonNode summary = object(acquisition.get("file_summary"));
        acquisitionPixelSize = number(summary.get("pixel_size_um"));
        JsonNode sizes = object(summary.get("sizes"));
        frameWidth = integer(sizes.get("X"));
        frameHeight = integer(sizes.get("Y"));
        pixelSize = number(at.get("pixel_size_um"));
        sourceNd2 = text(at.get("source_nd2"));
        experimentName = text(at.get("experiment_name"));
        checkpointTemplate = text(at.get("segmentation_model_checkpoint_template"));
        rootEpochs = ints(at.get("segmentation_hypothesis_epochs"));
        JsonNode subset = object(at.get("source_subset_metadata"));
        rawFovNames = strings(subset.get("raw_fov_names"));
        activeFovNames = strings(subset.get("active_fov_names"));
        activeTimepointCount = integer(subset.get("active_timepoint_count"));
        JsonNode mapping = at.get("trench_mapping");
        trenches = mapping != null && mapping.isArray() ? new TrenchTable(mapping) : null;

        dataEpochs = dataAttrs == null ? null : ints(dataAttrs.get("hypothesis_epoch_values"));
        axisNames = dataAttrs == null ? null : strings(dataAttrs.get("axis_names"));

        recordHeights = recordWitness(true);
        recordWidths = recordWitness(false);
        height = Consensus.of(
                Witness.of("trench_height", trenchHeight, this.rootFile, Pointers.attribute("trench_height")),
                shapeWitness(3, "y"),
                recordHeights);
        width = Consensus.of(
                Witness.of("trench_width", trenchWidth, this.rootFile, Pointers.attribute("trench_width")),
                shapeWitness(4, "x"),
                recordWidths);
    }

    /** The data shape along {@code axis} as a witness, or null when the shape is unusable. */
    Witness shapeWitness(int axis, String name) {
        return shape == null ? null
                : new Witness("data shape[" + axis + "] (" + name + ")", shape[axis], dataFile, "/shape/" + axis);
    }

    /** The epochs that label the hypothesis axis: the data's own list, else the root's. */
    int[] epochs() {
        return dataEpochs != null ? dataEpochs : rootEpochs;
    }

    /** The box size most records have, when more than half of the valid records share it. */
    private Witness recordWitness(boolean heights) {
        if (trenches == null || trenches.validCount() == 0) {
            return null;
        }
        long[] values = new long[trenches.validCount()];
        int n = 0;
        for (int i = 0; i < trenches.size; i++) {
            if (trenches.valid[i]) {
                values[n++] = heights ? trenches.height(i) : trenches.width(i);
            }
        }
        Arrays.sort(values);
        long mode = values[0];
        int modeCount = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && values[j] == values[i]) {
                j++;
            }
            if (j - i > modeCount) {
                mode = values[i];
                modeCount = j - i;
            }
            i = j;
        }
        if (modeCount * 2L <= n) {
            return null;
        }
        String label = heights ? "y_bottom - y_top of " + modeCount + " trench_mapping records"
                : "x_right - x_left of " + modeCount + " trench_mapping records";
        return new Witness(label, mode, rootFile, Pointers.TRENCH_MAPPING);
    }

    /**
     * The attributes to validate against the schema: when {@code trench_mapping} holds more records than both
     * {@code n_trenches} and the data's trench axis say there are, only as many as they say. The excess is one
     * STORE_TRENCH_COUNT finding; validating each excess record too would give a finding per record (a million for a
     * hostile document) and hold them all in memory.
     */
    private static ObjectNode withoutExcessRecords(ObjectNode attrs, ZarrArrayMetadata data) {
        JsonNode mapping = attrs.get("trench_mapping");
        Integer declared = integer(attrs.get("n_trenches"));
        long[] dataShape = data == null ? null : data.shape();
        long onAxis = dataShape != null && dataShape.length == AXES.size() ? dataShape[1] : -1;
        long expected = Math.max(declared == null ? -1 : declared, onAxis);
        if (mapping == null || !mapping.isArray() || expected < 0 || mapping.size() <= expected) {
            return attrs;
        }
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < expected; i++) {
            kept.add(mapping.get(i));
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        copy.setAll(attrs);
        copy.set("trench_mapping", kept);
        return copy;
    }

    static Integer integer(JsonNode node) {
        return TrenchTable.isInt(node) ? node.intValue() : null;
    }

    static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.doubleValue() : null;
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static JsonNode object(JsonNode node) {
        return node != null && node.isObject() ? node : MissingNode.getInstance();
    }

    static int[] ints(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            if (!TrenchTable.isInt(node.get(i))) {
                return null;
            }
            out[i] = node.get(i).intValue();
        }
        return out;
    }

    static List<String> strings(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>(node.size());
        for (JsonNode e : node) {
            if (!e.isTextual()) {
                return null;
            }
            out.add(e.textValue());
        }
        return out;
    }
}
