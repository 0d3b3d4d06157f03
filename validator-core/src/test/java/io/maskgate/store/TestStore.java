package io.maskgate.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import io.maskgate.zarr.ChunkKeyEncoding;
import io.maskgate.zarr.CodecSpec;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrGroupMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * A mask store's two metadata documents, built in memory the way the producing pipeline writes
 * them (root zarr.json with the experiment attributes, data/zarr.json), for tests to break.
 */
final class TestStore {

    static final int[] RELEASE_EPOCHS = {50, 300, 550, 800, 1050, 1300, 1550, 1800, 2050, 2300, 2550, 2800, 3050,
            3300, 3550, 3800, 3999};
    static final double PIXEL_SIZE = 0.107869821220548;
    static final String ROOT = "zarr.json";
    static final String DATA = "data/zarr.json";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final StoreProfileChecker CHECKER = new StoreProfileChecker();

    final ObjectNode root;
    final ObjectNode data;

    private TestStore(ObjectNode root, ObjectNode data) {
        this.root = root;
        this.data = data;
    }

    /** 17 epochs, 3 active FOVs (of 4 raw) with 2 lanes of 10 trenches: 60 trenches, 721 frames of 164 x 34. */
    static TestStore realistic() {
        return of(RELEASE_EPOCHS, 3, 4, 2, 10, 721, 164, 34);
    }

    /**
     * A consistent store. Trench i sits in FOV i / (lanes * perLane), lane (i / perLane) % lanes,
     * position i % perLane; lane 0 opens downwards (orientation -1, flipped), lane 1 upwards.
     */
    static TestStore of(int[] epochs, int fovs, int rawFovs, int lanes, int perLane, int times, int height, int width) {
        int trenches = fovs * lanes * perLane;
        ObjectNode attrs = F.objectNode();
        attrs.put("source_nd2", "/data/20260307_SB7_exit_snake_V4_1.nd2");
        attrs.put("source_zarr", "/data/20260307_SB7_exit_snake_V4_1_with_metadata.trenches.zarr");
        attrs.put("experiment_name", "20260307_SB7_exit_snake_V4_1");
        attrs.put("pixel_size_um", PIXEL_SIZE);
        attrs.put("n_trenches", trenches);
        attrs.put("n_times", times);
        attrs.put("trench_height", height);
        attrs.put("trench_width", width);
        ObjectNode registration = attrs.putObject("registration_params");
        registration.put("channel", "PC");
        registration.put("mode", "first");
        registration.put("rotation", 0);
        attrs.put("source_metadata_version", 2);
        attrs.set("source_acquisition_metadata", acquisition(rawFovs, times));
        ObjectNode subset = attrs.putObject("source_subset_metadata");
        ArrayNode raw = subset.putArray("raw_fov_names");
        ArrayNode active = subset.putArray("active_fov_names");
        ArrayNode discarded = subset.putArray("discarded_fov_names");
        for (int p = 0; p < rawFovs; p++) {
            raw.add("XYPos:" + p);
            (p < fovs ? active : discarded).add("XYPos:" + p);
        }
        subset.putNull("time_slice");
        ObjectNode roi = subset.putObject("roi");
        roi.putNull("y");
        roi.putNull("x");
        subset.put("raw_timepoint_count", times);
        subset.put("active_timepoint_count", times);
        ArrayNode segEpochs = attrs.putArray("segmentation_hypothesis_epochs");
        for (int e : epochs) {
            segEpochs.add(e);
        }
        attrs.put("segmentation_model_checkpoint_template",
                "/models/omnipose_symbac_mm/models/cellpose_residual_on_style_on_concatenation_off_omni_abstract_nclasses_2_nchan_1_dim_2_epoch_{epoch}");
        attrs.put("segmentation_run_stem", "omnipose_symbac_mm_2026_02_11");
        ObjectNode params = attrs.putObject("segmentation_params");
        params.put("min_size", 15);
        params.put("omni", true);
        params.put("nchan", 1);
        params.put("nclasses", 2);
        params.put("dim", 2);
        params.put("mask_threshold", 0.0);
        params.put("flow_threshold", 0.0);
        ArrayNode mapping = attrs.putArray("trench_mapping");
        for (int i = 0; i < trenches; i++) {
            int fov = i / (lanes * perLane);
            int lane = (i / perLane) % lanes;
            int k = i % perLane;
            int orientation = lane % 2 == 0 ? -1 : 1;
            int yTop = 446 + lane * 620;
            int xLeft = 4 + 45 * k;
            ObjectNode r = mapping.addObject();
            r.put("trench_id", i);
            r.put("fov", "XYPos:" + fov);
            r.put("lane_index", lane);
            r.put("x_left", xLeft);
            r.put("x_right", xLeft + width);
            r.put("y_top", yTop);
            r.put("y_bottom", yTop + height);
            r.put("orientation", orientation);
            r.put("needs_flip", orientation == -1);
        }
        ObjectNode root = F.objectNode();
        root.put("zarr_format", 3);
        root.put("node_type", "group");
        root.set("attributes", attrs);

        ObjectNode data = F.objectNode();
        data.put("zarr_format", 3);
        data.put("node_type", "array");
        ArrayNode shape = data.putArray("shape");
        shape.add(epochs.length).add(trenches).add(times).add(height).add(width);
        data.put("data_type", "uint8");
        ObjectNode grid = data.putObject("chunk_grid");
        grid.put("name", "regular");
        grid.putObject("configuration").putArray("chunk_shape").add(1).add(1).add(times).add(height).add(width);
        ObjectNode cke = data.putObject("chunk_key_encoding");
        cke.put("name", "default");
        cke.putObject("configuration").put("separator", "/");
        data.put("fill_value", 0);
        ArrayNode codecs = data.putArray("codecs");
        codecs.addObject().put("name", "bytes");
        ObjectNode zstd = codecs.addObject();
        zstd.put("name", "zstd");
        zstd.putObject("configuration").put("level", 0).put("checksum", false);
        data.putArray("storage_transformers");
        ObjectNode dataAttrs = data.putObject("attributes");
        ArrayNode hev = dataAttrs.putArray("hypothesis_epoch_values");
        for (int e : epochs) {
            hev.add(e);
        }
        ArrayNode axes = dataAttrs.putArray("axis_names");
        for (String a : StoreModel.AXES) {
            axes.add(a);
        }
        return new TestStore(root, data);
    }

    /** Nested ND2 acquisition metadata as the pipeline embeds it, with non-ASCII text. */
    private static ObjectNode acquisition(int fovs, int times) {
        ObjectNode m = F.objectNode();
        m.put("schema_version", 2);
        m.put("nd2_library_version", "0.10.1");
        ObjectNode summary = m.putObject("file_summary");
        ObjectNode sizes = summary.putObject("sizes");
        sizes.put("T", times).put("P", fovs).put("C", 2).put("Y", 1702).put("X", 2304);
        summary.put("dtype", "uint16");
        summary.put("pixel_size_um", PIXEL_SIZE);
        summary.put("time_interval_ms", 30001.8);
        summary.putArray("voxel_size_um").add(PIXEL_SIZE).add(PIXEL_SIZE).add(1.0);
        ObjectNode structured = m.putObject("structured");
        ObjectNode meta = structured.putObject("metadata");
        ObjectNode contents = meta.putObject("contents");
        contents.put("channelCount", 2);
        contents.put("frameCount", times * fovs);
        ArrayNode channels = meta.putArray("channels");
        String[][] names = {{"PC", "0.0"}, {"mCherry", "610.0"}};
        for (String[] c : names) {
            ObjectNode ch = channels.addObject();
            ObjectNode chm = ch.putObject("channel");
            chm.put("name", c[0]);
            chm.put("emissionLambdaNm", Double.parseDouble(c[1]));
            ObjectNode microscope = ch.putObject("microscope");
            microscope.put("objectiveMagnification", 100.0);
            microscope.put("objectiveName", "Plan Apo λ 100x Oil Ph3 DM");
            microscope.put("objectiveNumericalAperture", 1.45);
            ObjectNode volume = ch.putObject("volume");
            volume.putArray("axesCalibration").add(PIXEL_SIZE).add(PIXEL_SIZE).add(1.0);
            volume.putArray("voxelCount").add(2304).add(1702).add(1);
        }
        ArrayNode experiment = structured.putArray("experiment");
        ObjectNode loop = experiment.addObject();
        loop.put("type", "TimeLoop");
        loop.put("count", times);
        loop.putObject("parameters").put("periodMs", 30000.0);
        ObjectNode xy = experiment.addObject();
        xy.put("type", "XYPosLoop");
        xy.put("count", fovs);
        ObjectNode attributes = structured.putObject("attributes");
        attributes.put("bitsPerComponentInMemory", 16);
        attributes.put("bitsPerComponentSignificant", 16);
        attributes.put("componentCount", 1);
        attributes.put("heightPx", 1702);
        attributes.put("widthPx", 2304);
        attributes.put("sequenceCount", times * fovs);
        ObjectNode text = structured.putObject("text_info");
        text.put("description", "Metadata:\r\nDimensions: T(" + times + ") x XY(" + fovs
                + ") x λ(2)\r\nCamera Name: Kinetix\r\nNumerical Aperture: 1.45\r\nRefractive Index: 1.515\r\n"
                + "Temperature: 37 °C\r\nPixel size: 0.11 µm");
        text.put("date", "07/03/2026  14:02:11");
        ObjectNode custom = m.putObject("custom");
        custom.put("Stage", "Ti2 Z Drive");
        custom.put("ExposurePC_ms", 20);
        custom.put("ExposuremCherry_ms", 200);
        return m;
    }

    ObjectNode attrs() {
        return (ObjectNode) root.get("attributes");
    }

    ObjectNode dataAttrs() {
        return (ObjectNode) data.get("attributes");
    }

    ObjectNode trench(int i) {
        return (ObjectNode) attrs().get("trench_mapping").get(i);
    }

    ObjectNode subset() {
        return (ObjectNode) attrs().get("source_subset_metadata");
    }

    ArrayNode shape() {
        return (ArrayNode) data.get("shape");
    }

    ArrayNode chunkShape() {
        return (ArrayNode) data.get("chunk_grid").get("configuration").get("chunk_shape");
    }

    ZarrGroupMetadata group() {
        JsonNode a = root.get("attributes");
        return new ZarrGroupMetadata(root, a instanceof ObjectNode o ? o : F.objectNode());
    }

    /** The array metadata as a strict reader would hand it over (a test stand-in for the Zarr reader). */
    ZarrArrayMetadata array() {
        long[] shape = new long[data.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = data.get("shape").get(i).longValue();
        }
        JsonNode cs = data.get("chunk_grid").get("configuration").get("chunk_shape");
        int[] chunks = new int[cs.size()];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = cs.get(i).intValue();
        }
        List<CodecSpec> codecs = new ArrayList<>();
        for (int i = 0; i < data.get("codecs").size(); i++) {
            JsonNode c = data.get("codecs").get(i);
            codecs.add(new CodecSpec(c.get("name").asText(), c.get("configuration"), "/codecs/" + i));
        }
        List<String> names = null;
        if (data.has("dimension_names")) {
            names = new ArrayList<>();
            for (JsonNode n : data.get("dimension_names")) {
                names.add(n.isNull() ? null : n.asText());
            }
        }
        JsonNode a = data.get("attributes");
        return new ZarrArrayMetadata(data, shape, DataType.parse(data.get("data_type").asText()).orElse(null), chunks,
                ChunkKeyEncoding.DEFAULT, data.get("fill_value"), codecs, names,
                a instanceof ObjectNode o ? o : F.objectNode());
    }

    List<Finding> check() {
        List<Finding> out = new ArrayList<>();
        CHECKER.check(group(), ROOT, array(), DATA, out::add);
        out.sort(Finding.ORDER);
        return out;
    }

    static ArrayNode ints(int... values) {
        ArrayNode a = F.arrayNode();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    static String pretty(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("\n  ").append(f.code()).append(' ').append(f.file()).append(' ')
                    .append(f.location().describe()).append(": ").append(f.message());
        }
        return sb.toString();
    }

    TestStore copy() {
        return new TestStore(root.deepCopy(), data.deepCopy());
    }

    @Override
    public String toString() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            return root.toString();
        }
    }
}
