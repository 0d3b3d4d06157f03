package io.maskgate.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LocalStorageTest extends StorageContract {

    @TempDir
    Path tmp;

    @Override
    Storage storageWith(Map<String, byte[]> values) throws IOException {
        return new LocalStorage(writeTree(tmp.resolve("root"), values));
    }

    /** Writes each value as the file {@code root/key}. */
    static Path writeTree(Path root, Map<String, byte[]> values) throws IOException {
        Files.createDirectories(root);
        for (Map.Entry<String, byte[]> e : values.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return root;
    }

    @Test
    void keysAreFilesUnderTheRootAndFailuresNameThem() throws IOException {
        LocalStorage s = (LocalStorage) storageWith(tree());
        assertEquals(s.root().resolve("data/c/0/0"), s.path("data/c/0/0"));
        assertEquals(s.root(), s.path(""));
        assertEquals(s.root().toString(), s.name());
        // findings quote these messages, so they must stay the file system's own
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> s.size("data/c/9"));
        assertEquals(s.root().resolve("data/c/9").toString(), e.getMessage());
        assertEquals(s.root().resolve("data").toString(), s.at("data").name());
    }

    @Test
    void aSingleFileIsTheRootKey() throws IOException {
        Path file = Files.writeString(tmp.resolve("mask.ome.tiff"), "II*");
        LocalStorage s = new LocalStorage(file);
        assertEquals(KeyKind.FILE, s.kind(""));
        assertArrayEquals(bytes("II*"), s.read("").orElseThrow());
        assertEquals(List.of(), list(s, ""));
    }

    @Test
    void linksAreListedNotFollowedAndBrokenOnesToldApart() throws IOException {
        LocalStorage s = (LocalStorage) storageWith(tree());
        Path root = s.root();
        try {
            Files.createSymbolicLink(root.resolve("data/linked"), root.resolve("a"));
            Files.createSymbolicLink(root.resolve("data/dangling"), root.resolve("nothing-here"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not available: " + e);
        }
        assertEquals(List.of("c/0/0", "dangling", "linked", "zarr.json"), list(s.at("data"), ""));
        assertEquals(KeyKind.DIRECTORY, s.kind("data/linked"), "kinds follow links");
        assertEquals(KeyKind.BROKEN_LINK, s.kind("data/dangling"));
        assertTrue(s.open("data/dangling").isEmpty());
        assertArrayEquals(bytes("a/c"), s.read("data/linked/c").orElseThrow());
    }

    @Test
    void somethingElseThanFileOrFolderIsOther() {
        Path dev = Path.of("/dev");
        assumeTrue(Files.exists(dev.resolve("null")), "needs /dev/null");
        assertEquals(KeyKind.OTHER, new LocalStorage(dev).kind("null"));
    }

    @Test
    void permissionDeniedIsItsOwnFailure() throws IOException {
        LocalStorage s = (LocalStorage) storageWith(tree());
        Path file = s.path("data/zarr.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads any file regardless of permissions");
        assertEquals(KeyKind.FILE, s.kind("data/zarr.json"));
        assertThrows(AccessDeniedException.class, () -> s.open("data/zarr.json"));
        assertThrows(AccessDeniedException.class, () -> s.newInputStream("data/zarr.json"));
    }

    @Test
    void unreadableFoldersAreReportedAndSkipped() throws IOException {
        LocalStorage s = (LocalStorage) storageWith(tree());
        Path folder = s.path("a/b");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(folder), "root lists any folder regardless of permissions");
            List<String> keys = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            s.list("", new KeyVisitor() {
                @Override
                public void key(String key) {
                    keys.add(key);
                }

                @Override
                public void unreadable(String prefix, IOException cause) {
                    unreadable.add(prefix);
                }
            });
            assertEquals(List.of("a/b"), unreadable);
            assertEquals(sorted(tree().keySet().stream().filter(k -> !k.startsWith("a/b/")).toList()), keys);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
