package io.maskgate.zarr.chunk;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;
import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.ChunkKeyEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrayFileScannerTest {

    @TempDir
    Path tmp;

    static void touch(Path p) throws Exception {
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {1});
    }

    @Test
    void classifiesDefaultSlashKeys() {
        StrayFileScanner s = new StrayFileScanner(ChunkKeyEncoding.DEFAULT, new long[] {17, 3, 1});
        assertEquals(Optional.empty(), s.classify("zarr.json"));
        assertEquals(Optional.empty(), s.classify("c/16/2/0"));
        assertTrue(s.classify("c/17/0/0").orElseThrow().contains("outside the chunk grid"));
        assertTrue(s.classify("c/0/0/1").orElseThrow().contains("outside the chunk grid"));
        assertTrue(s.classify("c.1.2.0").orElseThrow().contains("separator '.'"));
        assertTrue(s.classify("1.2.0").orElseThrow().contains("'v2' encoding"));
        assertTrue(s.classify("c/01/0/0").orElseThrow().contains("not a chunk key"));
        assertTrue(s.classify("c/1/0").orElseThrow().contains("not a chunk key"));
        assertTrue(s.classify("c/1/0/0/0").orElseThrow().contains("not a chunk key"));
        assertTrue(s.classify("c/1/0/x").orElseThrow().contains("not a chunk key"));
        assertTrue(s.classify(".DS_Store").isPresent());
        assertTrue(s.classify("c/1/0/0.tmp").isPresent());
        assertTrue(s.classify("c/-1/0/0").isPresent());
    }

    @Test
    void classifiesV2AndDotAndZeroDimensionalKeys() {
        StrayFileScanner v2 = new StrayFileScanner(new ChunkKeyEncoding("v2", '.'), new long[] {2, 2});
        assertEquals(Optional.empty(), v2.classify("1.1"));
        assertTrue(v2.classify("1.2").orElseThrow().contains("outside"));
        assertTrue(v2.classify("1/1").orElseThrow().contains("separator '/'"));
        assertTrue(v2.classify("c/1/1").orElseThrow().contains("'default' encoding"));
        StrayFileScanner dot = new StrayFileScanner(new ChunkKeyEncoding("default", '.'), new long[] {2});
        assertEquals(Optional.empty(), dot.classify("c.1"));
        assertTrue(dot.classify("c/1").isPresent());
        StrayFileScanner scalar = new StrayFileScanner(ChunkKeyEncoding.DEFAULT, new long[] {});
        assertEquals(Optional.empty(), scalar.classify("c"));
        assertTrue(scalar.classify("c/0").isPresent());
        StrayFileScanner scalarV2 = new StrayFileScanner(new ChunkKeyEncoding("v2", '.'), new long[] {});
        assertEquals(Optional.empty(), scalarV2.classify("0"));
    }

    @Test
    void scanReportsEveryStrayFileAsAWarning() throws Exception {
        long[] grid = {3, 40, 1, 1, 1};
        for (int h = 0; h < 3; h++) {
            for (int t = 0; t < 40; t++) {
                touch(tmp.resolve("c/" + h + "/" + t + "/0/0/0"));
            }
        }
        touch(tmp.resolve("zarr.json"));
        touch(tmp.resolve("c/3/0/0/0/0"));
        touch(tmp.resolve("c/0/0/0/0/0.bak"));
        touch(tmp.resolve("c.0.1.0.0.0"));
        touch(tmp.resolve("notes.txt"));
        touch(tmp.resolve("deeply/nested/dir/x"));
        List<Finding> found = new ArrayList<>();
        long n = new StrayFileScanner(ChunkKeyEncoding.DEFAULT, grid).scan(new LocalStorage(tmp), "data", found::add);
        assertEquals(5, n);
        found.sort(Comparator.comparing(Finding::file));
        assertEquals(List.of("data/c.0.1.0.0.0", "data/c/0/0/0/0/0.bak", "data/c/3/0/0/0/0", "data/deeply/nested/dir/x", "data/notes.txt"),
                found.stream().map(Finding::file).toList());
        for (Finding f : found) {
            assertEquals("ZARR_CHUNK_STRAY_FILE", f.code());
            assertEquals(Severity.WARNING, f.severity());
        }
    }

    @Test
    void cleanFolderHasNoStrayFiles() throws Exception {
        touch(tmp.resolve("zarr.json"));
        touch(tmp.resolve("c/0/0"));
        List<Finding> found = new ArrayList<>();
        assertEquals(0, new StrayFileScanner(ChunkKeyEncoding.DEFAULT, new long[] {1, 1}).scan(new LocalStorage(tmp), "", found::add));
        assertEquals(List.of(), found);
    }
}
