package io.maskgate.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InputBoundaryTest {

    private static final String SECRET = "secret line from outside";

    @TempDir
    Path tmp;

    private Path target;
    private Path outside;

    private InputBoundary boundary() throws IOException {
        target = Files.createDirectories(tmp.resolve("target"));
        outside = Files.writeString(tmp.resolve("outside.tsv"), SECRET + "\n");
        return InputBoundary.forTarget(target, List.of());
    }

    @Test
    void opensARegularFileInsideForReadingOnly() throws IOException {
        InputBoundary b = boundary();
        Path file = Files.writeString(target.resolve("a.tsv"), "x\ty\n");
        assertEquals(InputCheck.Kind.FILE, b.check(file).kind());
        assertArrayEquals("x\ty\n".getBytes(StandardCharsets.UTF_8), b.readAtMost(file, Long.MAX_VALUE));
        try (FileChannel ch = b.openChannel(file)) {
            // opened with READ only: any write is refused by the channel itself
            assertThrows(NonWritableChannelException.class, () -> ch.write(ByteBuffer.wrap(new byte[] {1})));
        }
        assertEquals("x\ty\n", Files.readString(file), "the file is unchanged");
    }

    @Test
    void opensReadOnlyFilesAndFolders() throws IOException {
        InputBoundary b = boundary();
        Path dir = Files.createDirectories(target.resolve("ro"));
        Path file = Files.writeString(dir.resolve("a.txt"), "abc");
        assumeTrue(file.toFile().setWritable(false, false) && dir.toFile().setWritable(false, false));
        try {
            assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), b.readAtMost(file, Long.MAX_VALUE));
            assertEquals(List.of(file), b.list(dir));
        } finally {
            dir.toFile().setWritable(true, true);
            file.toFile().setWritable(true, true);
        }
    }

    @Test
    void aLinkOutsideTheBoundaryIsRefusedBeforeOpening() throws IOException {
        InputBoundary b = boundary();
        Path link = Files.createSymbolicLink(target.resolve("contributors.tsv"), outside);
        InputCheck c = b.check(link);
        assertEquals(InputCheck.Kind.REFUSED, c.kind());
        assertEquals(InputRefusal.Reason.SYMLINK_OUTSIDE, c.refusal().reason());
        assertEquals(outside.toString(), c.refusal().linkText());
        List<Path> opened = new ArrayList<>();
        InputBoundary counting = b.observed(opened::add);
        RefusedInputException e = assertThrows(RefusedInputException.class, () -> counting.openChannel(link));
        assertTrue(e.getMessage().contains("outside the input boundary"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        assertThrows(RefusedInputException.class, () -> counting.readAtMost(link, Long.MAX_VALUE));
        assertTrue(opened.isEmpty(), "nothing was opened");
    }

    @Test
    void aFolderLinkOutsideRefusesEveryFileBelowIt() throws IOException {
        InputBoundary b = boundary();
        Files.createSymbolicLink(target.resolve("up"), tmp);
        InputCheck c = b.check(target.resolve("up").resolve("outside.tsv"));
        assertEquals(InputRefusal.Reason.SYMLINK_OUTSIDE, c.refusal().reason());
        assertNull(c.refusal().linkText(), "the file itself is no link");
        assertThrows(RefusedInputException.class, () -> b.list(target.resolve("up")));
    }

    @Test
    void aLinkToTheRootIsOutside() throws IOException {
        InputBoundary b = boundary();
        Path link = Files.createSymbolicLink(target.resolve("root"), Path.of("/"));
        assertEquals(InputRefusal.Reason.SYMLINK_OUTSIDE, b.check(link).refusal().reason());
    }

    @Test
    void danglingAndLoopingLinksAreRefused() throws IOException {
        InputBoundary b = boundary();
        Path dangling = Files.createSymbolicLink(target.resolve("gone"), Path.of("missing/file"));
        Path self = Files.createSymbolicLink(target.resolve("self"), Path.of("self"));
        Path a = target.resolve("a");
        Files.createSymbolicLink(a, Path.of("b"));
        Files.createSymbolicLink(target.resolve("b"), Path.of("a"));
        assertEquals(InputRefusal.Reason.SYMLINK_DANGLING, b.check(dangling).refusal().reason());
        assertEquals("missing/file", b.check(dangling).refusal().linkText());
        assertEquals(InputRefusal.Reason.SYMLINK_LOOP, b.check(self).refusal().reason());
        assertEquals(InputRefusal.Reason.SYMLINK_LOOP, b.check(a).refusal().reason());
        assertThrows(RefusedInputException.class, () -> b.openChannel(a));
        assertThrows(NoSuchFileException.class, () -> b.openChannel(target.resolve("nothing")));
    }

    @Test
    void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
        InputBoundary b = boundary();
        Path fifo = mkfifo(target.resolve("zarr.json"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            InputCheck c = b.check(fifo);
            assertEquals(InputRefusal.Reason.NOT_REGULAR, c.refusal().reason());
            assertEquals("a named pipe (FIFO), not a regular file", c.refusal().describe());
            assertThrows(RefusedInputException.class, () -> b.openChannel(fifo));
            assertThrows(RefusedInputException.class, () -> b.newInputStream(fifo));
            // a link to the pipe is refused the same way
            Path link = Files.createSymbolicLink(target.resolve("link"), Path.of("zarr.json"));
            assertEquals(InputRefusal.Reason.NOT_REGULAR, b.check(link).refusal().reason());
        });
    }

    @Test
    void aDeviceIsRefused() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        InputBoundary b = InputBoundary.unconfined();
        RefusedInputException e = assertThrows(RefusedInputException.class, () -> b.readAtMost(zero, Long.MAX_VALUE));
        assertEquals(InputRefusal.Reason.NOT_REGULAR, e.refusal().reason());
        assertEquals("a character device, not a regular file", e.refusal().describe());
    }

    @Test
    void theWalkVisitsEachRealFolderAndFileOnceAndStopsAtLoops() throws Exception {
        InputBoundary b = boundary();
        Path data = Files.createDirectories(target.resolve("data"));
        Path file = Files.writeString(data.resolve("f"), "1");
        Files.createSymbolicLink(target.resolve("again"), Path.of("data"));   // the folder a second time
        Files.createSymbolicLink(data.resolve("g"), Path.of("f"));            // the file a second time
        Files.createSymbolicLink(data.resolve("loop"), Path.of(".."));        // back to the target
        Files.createSymbolicLink(data.resolve("out"), outside);
        List<String> files = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> b.walk(target, new InputBoundary.Walker() {
            @Override
            public void file(Path path, Path real) {
                files.add(target.relativize(path) + " -> " + b.relative(real));
            }

            @Override
            public void refused(InputRefusal refusal) {
                refused.add(target.relativize(refusal.path()) + " " + refusal.reason());
            }

            @Override
            public void unreadable(Path path, IOException cause) {
                throw new AssertionError(path + ": " + cause);
            }
        }));
        // "again" sorts first, so the folder is walked through the link, once
        assertEquals(List.of("again/f -> data/f"), files);
        assertEquals(List.of("again/loop SYMLINK_LOOP", "again/out SYMLINK_OUTSIDE"), refused);
        assertTrue(Files.exists(file));
    }

    @Test
    void theBoundaryIsTheEnclosingRepositoryElseTheTarget() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git/annex/objects"));
        Path store = Files.createDirectories(repo.resolve("stores/s.zarr"));
        InputBoundary inRepo = InputBoundary.forTarget(store, List.of());
        assertEquals(List.of(repo.toRealPath()), inRepo.roots());
        assertTrue(inRepo.describe().startsWith("the git repository holding the target"), inRepo.describe());

        Path worktree = Files.createDirectories(tmp.resolve("wt/sub"));
        Files.writeString(tmp.resolve("wt/.git"), "gitdir: ../repo/.git/worktrees/wt\n");
        assertEquals(List.of(tmp.resolve("wt").toRealPath()), InputBoundary.forTarget(worktree, List.of()).roots());

        Path plain = Files.createDirectories(tmp.resolve("plain/upload"));
        assertEquals(List.of(plain.toRealPath()), InputBoundary.forTarget(plain, List.of()).roots());
        Path tiff = Files.writeString(plain.resolve("x.ome.tiff"), "");
        assertEquals(List.of(plain.toRealPath()), InputBoundary.forTarget(tiff, List.of()).roots());

        Path linkToTarget = Files.createSymbolicLink(tmp.resolve("alias"), plain);
        assertEquals(List.of(plain.toRealPath()), InputBoundary.forTarget(linkToTarget, List.of()).roots(),
                "a target that is a link is resolved first");
    }

    @Test
    void anAllowedRootWidensTheBoundary() throws IOException {
        boundary();
        Path link = Files.createSymbolicLink(target.resolve("contributors.tsv"), outside);
        InputBoundary wide = InputBoundary.forTarget(target, List.of(tmp));
        assertEquals(InputCheck.Kind.FILE, wide.check(link).kind());
        try (InputStream in = wide.newInputStream(link)) {
            assertEquals(SECRET + "\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(wide.describe().contains("--allow-root " + tmp.toRealPath()), wide.describe());
    }

    @Test
    void theObserverSeesTheRealPathOfEachOpen() throws IOException {
        InputBoundary b = boundary();
        Path file = Files.writeString(target.resolve("f"), "1");
        Path link = Files.createSymbolicLink(target.resolve("l"), Path.of("f"));
        List<Path> opened = new ArrayList<>();
        InputBoundary counting = b.observed(opened::add);
        counting.readAtMost(link, Long.MAX_VALUE);
        counting.readAtMost(file, Long.MAX_VALUE);
        assertEquals(List.of(file.toRealPath(), file.toRealPath()), opened);
    }

    /** Makes a named pipe with mkfifo(1); the test is skipped where there is none. */
    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(path), "mkfifo failed");
        return path;
    }
}
