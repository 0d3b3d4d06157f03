package io.maskgate.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryStorageTest extends StorageContract {

    @TempDir
    Path tmp;

    @Override
    Storage storageWith(Map<String, byte[]> values) {
        MemoryStorage s = new MemoryStorage("memory:test");
        values.forEach(s::put);
        return s;
    }

    @Test
    void copiesEveryKeyOfAnotherStorage() throws IOException {
        Storage local = new LocalStorage(LocalStorageTest.writeTree(tmp, tree()));
        MemoryStorage copy = MemoryStorage.copyOf(local, "memory:copy");
        assertEquals(list(local, ""), list(copy, ""));
        for (String key : list(local, "")) {
            assertArrayEquals(local.read(key).orElseThrow(), copy.read(key).orElseThrow(), key);
        }
        assertEquals("memory:copy", copy.name());
    }

    @Test
    void storesACopyOfWhatItIsGiven() throws IOException {
        MemoryStorage s = new MemoryStorage("m");
        byte[] value = {1, 2, 3};
        s.put("x/y", value);
        value[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, s.read("x/y").orElseThrow());
        assertTrue(s.remove("x/y"));
        assertFalse(s.remove("x/y"));
        assertEquals(KeyKind.ABSENT, s.kind("x"), "a folder is only there while keys are under it");
        assertThrows(IllegalArgumentException.class, () -> s.put("", value));
        assertThrows(IllegalArgumentException.class, () -> s.put("../y", value));
    }

    @Test
    void viewsShareTheValues() throws IOException {
        MemoryStorage s = new MemoryStorage("m");
        Storage data = s.at("data");
        s.put("data/c/0", new byte[] {7});
        assertArrayEquals(new byte[] {7}, data.read("c/0").orElseThrow());
        ((MemoryStorage) data).put("c/1", new byte[] {8});
        assertEquals(List.of("data/c/0", "data/c/1"), list(s, ""));
        assertEquals("m/data", data.name());
    }

    @Test
    void openingAFolderSaysItIsOne() {
        MemoryStorage s = new MemoryStorage("m").put("data/c/0", new byte[] {1});
        FileSystemException e = assertThrows(FileSystemException.class, () -> s.open("data/c"));
        assertEquals("m/data/c", e.getFile());
        assertEquals("Is a directory", e.getReason());
    }
}
