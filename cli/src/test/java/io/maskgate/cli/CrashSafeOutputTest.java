package io.maskgate.cli;

import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.fixtures.hubmap.UploadSpec;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outputs survive crashes: a packaging run killed with SIGKILL (no shutdown hook, no finally) at several points
 * leaves either no upload or the complete one, and the next run cleans up the killed run's temporary folder; a
 * full disk (here the file size limit, {@code ulimit -f}, which fails writes with EFBIG) is exit 3 with one line
 * naming the file, no stack trace and no partial report.
 */
class CrashSafeOutputTest {

    @TempDir
    Path dir;

    private static List<String> java(String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-Xshare:off", "-cp", classpath, Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted().toList()) {
                String rel = root.relativize(p).toString();
                files.put(rel, Files.isDirectory(p) ? "dir" : HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    private static List<String> hiddenSiblings(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + name + ".")).sorted().toList();
        }
    }

    @Test
    void aPackagingRunKilledAtAnyPointLeavesNoPartialUpload() throws Exception {
        Path store = dir.resolve("store.zarr");
        Fixtures.generateStore(store, StoreSpec.small(7).withShape(3, 12, 24), null, ProgressListener.NONE);
        Path sub = TestStores.filledSubmission(dir.resolve("submission.json"));
        Path reference = dir.resolve("reference");
        long start = System.nanoTime();
        Process full = new ProcessBuilder(java("package", store.toString(), "--out", reference.toString(),
                "--submission", sub.toString(), "--hypotheses", "all", "--zip")).redirectErrorStream(true).start();
        String log = new String(full.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(full.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, full.exitValue(), log);
        long fullNanos = System.nanoTime() - start;
        Map<String, String> complete = tree(reference);
        assertTrue(complete.size() > 10, complete::toString);

        Path out = dir.resolve("up");
        int killedBeforeTheEnd = 0;
        // Killed after the k-th progress line, then at fractions of a full run's time.
        List<String> points = List.of("line 1", "line 2", "line 3", "0.3", "0.5", "0.7", "0.85", "0.95");
        for (String point : points) {
            Process p = new ProcessBuilder(java("package", store.toString(), "--out", out.toString(),
                    "--submission", sub.toString(), "--hypotheses", "all", "--zip")).redirectErrorStream(true).start();
            if (point.startsWith("line ")) {
                int wanted = Integer.parseInt(point.substring(5));
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                int seen = 0;
                for (String line = r.readLine(); line != null && seen < wanted; line = r.readLine()) {
                    if (line.startsWith("maskgate: ") && line.contains("%")) {
                        seen++;
                    }
                }
            } else {
                Thread.sleep((long) (Double.parseDouble(point) * fullNanos / 1_000_000));
            }
            boolean wasRunning = p.isAlive();
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            if (wasRunning) {
                killedBeforeTheEnd++;
            }
            Map<String, String> now = tree(out);
            assertTrue(now.isEmpty() || now.equals(complete), () -> "killed at " + point + ": partial upload " + now);
            Path zip = dir.resolve("up.zip");
            assertTrue(!Files.exists(zip) || Files.exists(out), "killed at " + point + ": the archive without the folder");
            if (!now.isEmpty()) {
                Files.delete(zip);
                try (Stream<Path> s = Files.walk(out)) {
                    for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
        assertTrue(killedBeforeTheEnd >= 3, "only " + killedBeforeTheEnd + " runs were killed before they ended");

        // The next run removes what the killed runs left and writes the complete upload.
        Process again = new ProcessBuilder(java("package", store.toString(), "--out", out.toString(),
                "--submission", sub.toString(), "--hypotheses", "all", "--zip", "-q")).redirectErrorStream(true).start();
        String againLog = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, again.exitValue(), againLog);
        assertEquals(complete, tree(out));
        assertEquals(List.of(), hiddenSiblings(dir, "up"));
        assertEquals(List.of(), hiddenSiblings(dir, "up.zip"));
    }

    @Test
    void aFullDiskIsExitThreeWithOneLineNamingTheFile() throws Exception {
        // An upload, not a store: zstd-jni would extract its native library to /tmp, which the limit also stops.
        Path upload = dir.resolve("upload");
        Fixtures.generateUpload(upload, UploadSpec.standard(1), null);
        Path report = dir.resolve("reports/report.html");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "previous report\n", StandardCharsets.UTF_8);
        // ulimit -f 2: no file may grow beyond 2 KiB; the HTML report is larger (about 5 KiB).
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f 2 && exec \"$@\"", "bash"));
        cmd.addAll(java("validate", upload.toString(), "--format", "html", "-o", report.toString(), "--no-progress"));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("maskgate: file too large for the file size limit (ulimit -f) writing " + report), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("-v"), "no stack trace to offer for a full disk: " + err);
        assertFalse(err.lines().anyMatch(l -> l.strip().startsWith("at ")), err);
        assertEquals("", out);
        assertEquals("previous report\n", Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(List.of(), hiddenSiblings(report.getParent(), "report.html"));
    }

    @Test
    void aFullTemporaryFolderForANativeLibraryIsNamedAsSuchNotAnInternalError() throws Exception {
        Path store = TestStores.clean(dir.resolve("store.zarr"));
        // zstd-jni unpacks its native library into java.io.tmpdir: under the limit that write fails.
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f 2 && exec \"$@\"", "bash"));
        cmd.addAll(java("validate", store.toString(), "--no-progress"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String err = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.startsWith("maskgate: file too large for the file size limit (ulimit -f): "), err);
        assertFalse(err.contains("internal error"), err);
        assertEquals(1, err.lines().count(), err);
    }
}
