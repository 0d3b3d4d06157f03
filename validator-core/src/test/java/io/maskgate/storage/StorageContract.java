package io.maskgate.storage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link Storage} does the same way; each implementation's test supplies a storage holding given values. */
abstract class StorageContract {

    /** A storage holding exactly {@code values} (keys with {@code /} imply folders). */
    abstract Storage storageWith(Map<String, byte[]> values) throws IOException;

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] counting(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    /** Keys chosen so that a folder-by-folder walk without care would list them out of key order. */
    static Map<String, byte[]> tree() {
        Map<String, byte[]> values = new LinkedHashMap<>();
        values.put("b", bytes("b"));
        values.put("a/c", bytes("a/c"));
        values.put("a0", bytes("a0"));
        values.put("a-b", bytes("a-b"));
        values.put("a/b/c", bytes("a/b/c"));
        values.put("a.b", bytes("a.b"));
        values.put("a/b.x", bytes("a/b.x"));
        values.put("data/c/0/0", counting(100));
        values.put("data/zarr.json", bytes("{}"));
        return values;
    }

    static List<String> list(Storage storage, String prefix) throws IOException {
        List<String> keys = new ArrayList<>();
        storage.list(prefix, keys::add);
        return keys;
    }

    static List<String> sorted(java.util.Collection<String> keys) {
        List<String> out = new ArrayList<>(keys);
        out.sort(null);
        return out;
    }

    @Test
    void readsTheStartOrTheEndOfAValueWithItsSize() throws IOException {
        Storage s = storageWith(tree());
        StoredSlice end = s.readSlice("data/c/0/0", 30, true).orElseThrow();
        assertEquals(70, end.offset());
        assertEquals(100, end.size());
        assertArrayEquals(Arrays.copyOfRange(counting(100), 70, 100), end.bytes());
        StoredSlice start = s.readSlice("data/c/0/0", 30, false).orElseThrow();
        assertEquals(0, start.offset());
        assertArrayEquals(Arrays.copyOf(counting(100), 30), start.bytes());
        assertTrue(!start.whole() && !end.whole());
        // A value shorter than the slice asked for is given whole.
        StoredSlice shortValue = s.readSlice("b", 30, true).orElseThrow();
        assertTrue(shortValue.whole());
        assertArrayEquals(bytes("b"), shortValue.bytes());
        assertEquals(Optional.empty(), s.readSlice("data/c/9/9", 30, true));
    }

    @Test
    void readsAValueOrLearnsItIsAbsent() throws IOException {
        Storage s = storageWith(tree());
        assertArrayEquals(bytes("a/b/c"), s.read("a/b/c").orElseThrow());
        assertEquals(Optional.empty(), s.read("a/b/missing"));
        assertEquals(Optional.empty(), s.read("nowhere/at/all"));
        assertTrue(s.open("missing").isEmpty());
        assertThrows(NoSuchFileException.class, () -> s.size("missing"));
        assertThrows(NoSuchFileException.class, () -> s.newInputStream("missing"));
    }

    @Test
    void tellsValuesFoldersAndAbsence() throws IOException {
        Storage s = storageWith(tree());
        assertEquals(KeyKind.FILE, s.kind("a/c"));
        assertEquals(KeyKind.DIRECTORY, s.kind("a"));
        assertEquals(KeyKind.DIRECTORY, s.kind("a/b"));
        assertEquals(KeyKind.DIRECTORY, s.kind(""));
        assertEquals(KeyKind.ABSENT, s.kind("a/d"));
        assertEquals(KeyKind.ABSENT, s.kind("c"));
        assertEquals(KeyKind.ABSENT, s.kind("b/under-a-value"));
        assertTrue(KeyKind.FILE.exists() && KeyKind.DIRECTORY.exists() && !KeyKind.ABSENT.exists()
                && !KeyKind.BROKEN_LINK.exists());
    }

    @Test
    void aFolderKeyIsNoValue() throws IOException {
        Storage s = storageWith(tree());
        assertThrows(IOException.class, () -> s.read("a"));
        assertThrows(IOException.class, () -> {
            try (InputStream in = s.newInputStream("a/b")) {
                in.read();
            }
        });
    }

    @Test
    void sizesAndStreamsValues() throws IOException {
        Storage s = storageWith(tree());
        assertEquals(100, s.size("data/c/0/0"));
        assertEquals(2, s.size("data/zarr.json"));
        try (InputStream in = s.newInputStream("data/c/0/0")) {
            assertArrayEquals(counting(100), in.readAllBytes());
        }
    }

    @Test
    void readsRangesAndStopsAtTheEnd() throws IOException {
        Storage s = storageWith(tree());
        ByteBuffer buf = ByteBuffer.allocate(5);
        assertEquals(5, s.read("data/c/0/0", 10, buf));
        assertArrayEquals(Arrays.copyOfRange(counting(100), 10, 15), buf.array());

        buf.clear();
        assertEquals(2, s.read("data/c/0/0", 98, buf));
        assertEquals(2, buf.position());
        assertEquals(98, buf.get(0));
        assertEquals(99, buf.get(1));

        buf.clear();
        assertEquals(0, s.read("data/c/0/0", 100, buf));
        assertThrows(NoSuchFileException.class, () -> s.read("data/c/9/9", 0, ByteBuffer.allocate(1)));
        assertThrows(IllegalArgumentException.class, () -> s.read("data/c/0/0", -1, ByteBuffer.allocate(1)));
    }

    @Test
    void openedValuesAreReadByPositionIntoTheCallersBuffer() throws IOException {
        Storage s = storageWith(tree());
        byte[] reused = new byte[64];
        ByteBuffer view = ByteBuffer.wrap(reused);
        try (StoredObject object = s.open("data/c/0/0").orElseThrow()) {
            assertEquals(100, object.size());
            view.clear().limit(10);
            assertEquals(10, Storage.readFully(object, 50, view));
            assertArrayEquals(Arrays.copyOfRange(counting(100), 50, 60), Arrays.copyOf(reused, 10));
            view.clear().limit(3);
            assertEquals(3, object.read(view, 0));
            assertArrayEquals(new byte[] {0, 1, 2}, Arrays.copyOf(reused, 3));
            view.clear();
            assertEquals(-1, object.read(view, 100));
        }
    }

    @Test
    void listsEveryKeyInKeyOrder() throws IOException {
        Map<String, byte[]> values = tree();
        Storage s = storageWith(values);
        List<String> all = list(s, "");
        assertEquals(sorted(values.keySet()), all);
        // '.' < '/' < '0': a.b comes before the keys under a/, and a/b.x before those under a/b/
        assertTrue(all.indexOf("a.b") < all.indexOf("a/b.x") && all.indexOf("a/b.x") < all.indexOf("a/b/c")
                && all.indexOf("a/c") < all.indexOf("a0"), all::toString);
        assertEquals(all, list(s, ""), "a second listing gives the same order");
    }

    @Test
    void listsUnderAPrefixOnly() throws IOException {
        Map<String, byte[]> values = tree();
        Storage s = storageWith(values);
        assertEquals(sorted(values.keySet().stream().filter(k -> k.startsWith("a/")).toList()), list(s, "a"));
        assertEquals(sorted(values.keySet().stream().filter(k -> k.startsWith("a/b/")).toList()), list(s, "a/b"));
        assertEquals(List.of(), list(s, "missing"));
        assertEquals(List.of(), list(s, "b"), "a value has no keys under it");
    }

    @Test
    void aViewAtAPrefixSeesTheKeysUnderIt() throws IOException {
        Storage s = storageWith(tree());
        Storage data = s.at("data");
        assertEquals(List.of("c/0/0", "zarr.json"), list(data, ""));
        assertArrayEquals(bytes("{}"), data.read("zarr.json").orElseThrow());
        assertEquals(KeyKind.DIRECTORY, data.kind(""));
        assertEquals(KeyKind.DIRECTORY, data.kind("c"));
        assertEquals(100, data.at("c/0").size("0"));
        assertTrue(data.name().endsWith("data"), data.name());
        assertEquals(KeyKind.ABSENT, s.at("missing").kind(""));
    }

    @Test
    void keysThatCouldLeaveTheStorageAreRefused() throws IOException {
        Storage s = storageWith(tree());
        for (String bad : List.of("..", "../x", "a/../../x", "a/..", "/etc/passwd", "/", "a//c", "a/", "./a", "a/./c",
                "a\0b")) {
            assertThrows(IllegalArgumentException.class, () -> s.read(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> s.kind(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> s.size(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> s.open(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> s.list(bad, k -> { }), bad);
            assertThrows(IllegalArgumentException.class, () -> s.at(bad), bad);
        }
        // dots inside a segment are ordinary names (v2 chunk keys look like 1.0)
        assertEquals(KeyKind.FILE, s.kind("a.b"));
        assertEquals(KeyKind.ABSENT, s.kind("..a"));
    }
}
