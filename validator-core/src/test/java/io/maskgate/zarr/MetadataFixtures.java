package io.maskgate.zarr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.storage.LocalStorage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Documents and helpers shared by the metadata reader tests. */
final class MetadataFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What zarr-python 3.1 most likely wrote for the mask store's data array (mask-store-layout). */
    static final String ARRAY_31 = """
            {
              "shape": [17, 2795, 721, 164, 34],
              "data_type": "uint8",
              "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": [1, 1, 721, 164, 34]}},
              "chunk_key_encoding": {"name": "default", "configuration": {"separator": "/"}},
              "fill_value": 0,
              "codecs": [{"name": "bytes"}, {"name": "zstd", "configuration": {"level": 0, "checksum": false}}],
              "attributes": {
                "hypothesis_epoch_values": [50, 300, 550, 800, 1050, 1300, 1550, 1800, 2050, 2300, 2550, 2800, 3050, 3300, 3550, 3800, 3999],
                "axis_names": ["hypothesis", "trench", "time", "y", "x"]
              },
              "zarr_format": 3,
              "node_type": "array",
              "storage_transformers": []
            }
            """;

    /** zarr-python 3.0 style: bytes with an explicit endian, dimension names. */
    static final String ARRAY_30 = """
            {
              "shape": [17, 2795, 721, 164, 34],
              "data_type": "uint8",
              "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": [1, 1, 721, 164, 34]}},
              "chunk_key_encoding": {"name": "default", "configuration": {"separator": "/"}},
              "fill_value": 0,
              "codecs": [{"name": "bytes", "configuration": {"endian": "little"}},
                         {"name": "zstd", "configuration": {"level": 3, "checksum": false}}],
              "attributes": {},
              "dimension_names": ["hypothesis", "trench", "time", "y", "x"],
              "zarr_format": 3,
              "node_type": "array",
              "storage_transformers": []
            }
            """;

    /** A uint16 array with shards of 2x2 inner chunks and the recommended index codecs. */
    static final String ARRAY_SHARDED = """
            {
              "zarr_format": 3,
              "node_type": "array",
              "shape": [4, 100, 64, 64],
              "data_type": "uint16",
              "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": [1, 100, 64, 64]}},
              "chunk_key_encoding": {"name": "default", "configuration": {"separator": "/"}},
              "fill_value": 0,
              "codecs": [{"name": "sharding_indexed", "configuration": {
                  "chunk_shape": [1, 50, 32, 32],
                  "codecs": [{"name": "bytes", "configuration": {"endian": "little"}},
                             {"name": "zstd", "configuration": {"level": 3, "checksum": false}}],
                  "index_codecs": [{"name": "bytes", "configuration": {"endian": "little"}}, {"name": "crc32c"}],
                  "index_location": "end"}}],
              "attributes": {}
            }
            """;

    /** The mask store's root group (mask-store-layout, abridged). */
    static final String GROUP = """
            {
              "attributes": {
                "source_nd2": "/data/20260307_SB7_exit_snake_V4_1.nd2",
                "experiment_name": "20260307_SB7_exit_snake_V4_1",
                "pixel_size_um": 0.107869821220548,
                "n_trenches": 2795, "n_times": 721, "trench_height": 164, "trench_width": 34,
                "registration_params": {"channel": "PC", "mode": "first", "rotation": 0},
                "source_acquisition_metadata": {"file_summary": {"voxel_size_um": [0.1078, 0.1078, 1.0]}, "text": "λ 561 nm, 37 °C, µm"},
                "trench_mapping": [{"trench_id": 0, "fov": "XYPos:0", "lane_index": 0, "x_left": 4, "x_right": 38,
                                    "y_top": 446, "y_bottom": 610, "orientation": -1, "needs_flip": true}]
              },
              "zarr_format": 3,
              "node_type": "group"
            }
            """;

    /** Findings and model of one read. */
    record Result<T>(List<Finding> findings, Optional<T> model) {

        /** Asserts that the read gave exactly one finding, with this code and pointer. */
        Result<T> assertOnly(String code, String pointer) {
            assertOnlyFinding(findings, code, pointer);
            return this;
        }

        Result<T> assertClean() {
            if (!findings.isEmpty()) {
                fail("expected no findings, got:\n" + describe(findings));
            }
            if (model.isEmpty()) {
                fail("expected a model");
            }
            return this;
        }

        T get() {
            return model.orElseThrow(() -> new AssertionError("no model; findings:\n" + describe(findings)));
        }
    }

    private final Path dir;
    private final ZarrMetadataReader reader;
    private int counter;

    MetadataFixtures(Path dir) {
        this(dir, new ZarrMetadataReader());
    }

    MetadataFixtures(Path dir, ZarrMetadataReader reader) {
        this.dir = dir;
        this.reader = reader;
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code base} after {@code edit}. */
    static ObjectNode edited(String base, Consumer<ObjectNode> edit) {
        ObjectNode doc = parse(base);
        edit.accept(doc);
        return doc;
    }

    /** Writes {@code content} as {@code <fresh dir>/zarr.json}. */
    Path write(byte[] content) {
        try {
            Path node = Files.createDirectories(dir.resolve("node" + counter++));
            Path file = node.resolve("zarr.json");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String json) {
        return write(json.getBytes(StandardCharsets.UTF_8));
    }

    Result<ZarrArrayMetadata> array(String json) {
        return array(write(json));
    }

    Result<ZarrArrayMetadata> array(JsonNode doc) {
        return array(doc.toString());
    }

    Result<ZarrArrayMetadata> array(String base, Consumer<ObjectNode> edit) {
        return array(edited(base, edit));
    }

    Result<ZarrArrayMetadata> array(Path file) {
        List<Finding> findings = new ArrayList<>();
        Optional<ZarrArrayMetadata> model = reader.readArray(new LocalStorage(file.getParent()), file.getFileName().toString(), "data/zarr.json",
                findings::add);
        return new Result<>(findings, model);
    }

    Result<ZarrGroupMetadata> group(String json) {
        return group(write(json));
    }

    Result<ZarrGroupMetadata> group(String base, Consumer<ObjectNode> edit) {
        return group(edited(base, edit).toString());
    }

    Result<ZarrGroupMetadata> group(Path file) {
        List<Finding> findings = new ArrayList<>();
        Optional<ZarrGroupMetadata> model = reader.readGroup(new LocalStorage(file.getParent()), file.getFileName().toString(), "zarr.json",
                findings::add);
        return new Result<>(findings, model);
    }

    static void assertOnlyFinding(List<Finding> findings, String code, String pointer) {
        if (findings.size() != 1) {
            fail("expected exactly one " + code + " at " + pointer + ", got " + findings.size() + ":\n" + describe(findings));
        }
        Finding f = findings.get(0);
        assertEquals(code, f.code(), () -> describe(findings));
        assertEquals(pointer == null ? Location.NONE : Location.pointer(pointer), f.location(), () -> describe(findings));
    }

    static String describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> "  " + f.code() + " " + f.severity() + " @" + f.location().pointer() + ": " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
