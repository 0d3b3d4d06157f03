package io.maskgate.packaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a packaged dataset came from: the source store and its metadata checksums, the hypothesis, maskgate's
 * version and options, and what was written. No timestamps, so that the same input packages to the same bytes.
 * Written to {@code derived/extras/maskgate-provenance.json}, with a short {@code extras/README.txt} beside the
 * lab's files (both folders must hold a file: empty folders get lost in transfer).
 */
final class Provenance {

    static final String FILE = "derived/extras/maskgate-provenance.json";
    static final String README = "extras/README.txt";

    private Provenance() {
    }

    static void write(Path datasetDir, SourceStore store, PackageOptions options, DatasetResult result,
                      List<Integer> emptyTrenches, FovPlan fovs, List<String> emptyFovs) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "maskgate");
        root.put("version", options.toolVersion());
        // The options that shape the output; not --out or --threads, so the same input packages to the same bytes.
        ObjectNode opts = root.putObject("options");
        opts.put("hypotheses", options.hypotheses());
        opts.put("allow_incomplete", options.allowIncomplete());
        opts.put("layout", options.layout().option());
        opts.put("objects_format", options.objectsFormat().option());
        ObjectNode source = root.putObject("source");
        source.put("store", store.path.toAbsolutePath().normalize().toString());
        source.put("experiment_name", store.experimentName);
        ObjectNode sums = source.putObject("sha256");
        for (Map.Entry<String, String> e : store.checksums.entrySet()) {
            sums.put(e.getKey(), e.getValue());
        }
        ArrayNode shape = source.putArray("shape");
        for (int s : new int[] {store.hypotheses, store.trenches, store.times, store.height, store.width}) {
            shape.add(s);
        }
        source.put("pixel_size_um", store.pixelSizeUm);
        ObjectNode packaged = root.putObject("packaged");
        packaged.put("hypothesis", result.hypothesis());
        if (result.epoch() >= 0) {
            packaged.put("epoch", result.epoch());
        }
        packaged.put("mask_name", MaskNaming.MASK);
        packaged.put("objects", result.objects());
        packaged.put("mask_files", result.maskFiles());
        packaged.put("pixel_type", result.pixelType());
        packaged.put("touching_pairs", result.adjacencies());
        packaged.put("object_ids", "1.." + result.objects() + " in (trench, time, source label) order");
        ArrayNode empty = packaged.putArray("trenches_without_objects");
        emptyTrenches.forEach(empty::add);
        if (fovs == null) {
            packaged.put("trenches_without_objects_note", "no mask file is written for a trench without any object "
                    + "in this hypothesis (an all-background mask says nothing and is a finding)");
        } else {
            ObjectNode frame = packaged.putObject("fov_frame");
            frame.put("width", fovs.width);
            frame.put("height", fovs.height);
            frame.put("size_from", fovs.sizeFromBounds ? "trench_mapping bounds (the store has no file_summary.sizes)"
                    : "source_acquisition_metadata.file_summary.sizes");
            ObjectNode files = packaged.putObject("fov_files");
            MaskNaming naming = new MaskNaming(fovs.fovs.size(), "");
            for (FovPlan.Fov f : fovs.fovs) {
                if (!emptyFovs.contains(f.name())) {
                    files.put(naming.fovFile(f.index()), f.name());
                }
            }
            ArrayNode none = packaged.putArray("fovs_without_objects");
            emptyFovs.forEach(none::add);
            packaged.put("placement", "each trench crop at its trench_mapping x_left, y_top in the FOV frame, flipped "
                    + "back vertically where needs_flip; X, Y and the bounding box columns are FOV-frame pixels");
        }
        Files.writeString(datasetDir.resolve(FILE), mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.writeString(datasetDir.resolve(README), "Dataset " + result.directory() + ": the masks of hypothesis "
                + result.hypothesis() + (result.epoch() >= 0 ? " (epoch " + result.epoch() + ")" : "")
                + " of the mask store " + store.path.getFileName() + ", packaged by maskgate " + options.toolVersion()
                + ".\nProvenance: " + FILE + ". Checksums of every file of this dataset: extras/manifest-sha256.txt "
                + "(check with: sha256sum -c extras/manifest-sha256.txt, run in this folder).\n",
                StandardCharsets.UTF_8);
    }
}
