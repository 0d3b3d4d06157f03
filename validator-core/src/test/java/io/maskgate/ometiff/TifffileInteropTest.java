package io.maskgate.ometiff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Interoperability: files from {@link OmeTiffWriter} must open in an independent reader, Python's
 * tifffile (Debian package {@code python3-tifffile}). Skipped when tifffile is missing on a
 * developer machine; fails when the environment variable {@code CI} is set, so CI cannot pass
 * without running it.
 */
class TifffileInteropTest {

    /** Prints series shape and axes, channel names from the OME-XML, level shapes and a few pixel values as JSON. */
    static final String SCRIPT = """
            import json, sys, tifffile
            with tifffile.TiffFile(sys.argv[1]) as tif:
                s = tif.series[0]
                ome = tifffile.xml2dict(tif.ome_metadata)
                ch = ome['OME']['Image']['Pixels']['Channel']
                ch = ch if isinstance(ch, list) else [ch]
                full = s.levels[0].asarray()
                last = s.levels[-1].asarray()
                print(json.dumps({'version': tifffile.__version__, 'is_ome': tif.is_ome, 'is_bigtiff': tif.is_bigtiff,
                    'axes': s.axes, 'shape': list(s.shape), 'dtype': str(s.dtype),
                    'channels': [c['Name'] for c in ch], 'levels': [list(l.shape) for l in s.levels],
                    'compression': int(tif.pages[0].compression),
                    'c0': [int(full[0, 5, 7]), int(full[0, 299, 400]), int(full[0, 299, 599])],
                    'c1': [int(full[1, 0, 0]), int(full[1, 150, 300])],
                    'last_c0': [int(last[0, 5 // 4, 7 // 4]), int(last[0, 299 // 4, 400 // 4])]}))""";

    static Path python() throws InterruptedException {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("MASKGATE_PYTHON");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.add("/usr/bin/python3"); // Debian's python3-tifffile installs for the system interpreter
        candidates.add("python3");
        for (String c : candidates) {
            try {
                Process p = new ProcessBuilder(c, "-c", "import tifffile").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Path.of(c);
                }
            } catch (IOException e) {
                // not installed: try the next candidate
            }
        }
        return null;
    }

    /** Value of the test image at (c, x, y): distinct labels in blocks, so nearest-neighbour levels keep them. */
    static long value(int c, long x, long y) {
        if (c == 0) {
            return x < 10 && y < 10 ? 7 : (x / 100) + 10 * (y / 100) + 1;
        }
        return (x >= 200 && x < 400 && y >= 100 && y < 200) ? 70000 : 0;
    }

    @Test
    void writtenFileOpensInTifffile(@TempDir Path dir) throws Exception {
        Path py = python();
        if (py == null) {
            if (System.getenv("CI") != null) {
                fail("CI is set but python3 with tifffile is missing: install the Debian package python3-tifffile");
            }
            Assumptions.abort("python3 with tifffile is not installed (Debian package python3-tifffile)");
        }
        Path file = dir.resolve("interop.segmentations.ome.tiff");
        long w = 640;
        long h = 300;
        try (OmeTiffWriter wr = OmeTiffWriter.create(file, w, h, List.of("cell", "nucleus"),
                OmeTiffWriter.Settings.of("uint32", 0.5, 0.5).withTileSize(128).withPyramidMinSize(160))) {
            for (int c = 0; c < 2; c++) {
                int channel = c;
                wr.writePlane((y, row) -> {
                    for (int x = 0; x < w; x++) {
                        row[x] = value(channel, x, y);
                    }
                });
            }
        }
        Path script = dir.resolve("probe.py");
        Files.writeString(script, SCRIPT);
        Process p = new ProcessBuilder(py.toString(), script.toString(), file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tifffile did not finish");
        assertEquals(0, p.exitValue(), "tifffile failed: " + err);
        JsonNode r = new ObjectMapper().readTree(out.trim());
        System.out.println("tifffile " + r.get("version").asText() + " read " + file.getFileName() + ": " + r);
        assertTrue(r.get("is_ome").asBoolean());
        assertTrue(r.get("is_bigtiff").asBoolean());
        assertEquals("CYX", r.get("axes").asText());
        assertEquals("[2,300,640]", r.get("shape").toString());
        assertEquals("uint32", r.get("dtype").asText());
        assertEquals("[\"cell\",\"nucleus\"]", r.get("channels").toString());
        assertEquals("[[2,300,640],[2,150,320],[2,75,160]]", r.get("levels").toString());
        assertEquals(8, r.get("compression").asInt());
        assertEquals(List.of(value(0, 7, 5), value(0, 400, 299), value(0, 599, 299)), longs(r.get("c0")));
        assertEquals(List.of(value(1, 0, 0), value(1, 300, 150)), longs(r.get("c1")));
        assertEquals(List.of(value(0, 4, 4), value(0, 400, 296)), longs(r.get("last_c0")));
    }

    private static List<Long> longs(JsonNode n) {
        List<Long> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asLong()));
        return out;
    }
}
