package io.maskgate.storage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RememberingStorageTest extends StorageContract {

    private static final Set<String> DOCUMENTS = Set.of("zarr.json", "data/zarr.json", "missing/zarr.json");

    @Override
    Storage storageWith(Map<String, byte[]> values) {
        MemoryStorage s = new MemoryStorage("memory:test");
        values.forEach(s::put);
        return RememberingStorage.over(s, DOCUMENTS);
    }

    @Test
    void aRememberedDocumentIsAskedForOnceHoweverItIsReadAfterwards() throws IOException {
        Counting beneath = new Counting(new MemoryStorage("memory:counted")
                .put("zarr.json", bytes("{\"root\":1}"))
                .put("data/zarr.json", bytes("{\"data\":2}"))
                .put("data/c/0", bytes("chunk")));
        Storage kept = RememberingStorage.over(beneath, DOCUMENTS);
        for (int round = 0; round < 3; round++) {
            assertEquals(KeyKind.FILE, kept.kind("zarr.json"));
            assertEquals(10, kept.size("zarr.json"));
            assertArrayEquals(bytes("{\"root\":1}"), readAll(kept, "zarr.json"));
            assertArrayEquals(bytes("{\"data\":2}"), kept.read("data/zarr.json").orElseThrow());
            assertArrayEquals(bytes("{\"data\":2}"), readAll(kept.at("data"), "zarr.json"), "a view shares what was kept");
            assertEquals(KeyKind.ABSENT, kept.kind("missing/zarr.json"));
            assertTrue(kept.open("missing/zarr.json").isEmpty());
        }
        assertEquals(2, beneath.reads.get(), "one read of each stored document");
        assertEquals(3, beneath.kinds.get(), "one question about each of the three documents");
        for (int round = 0; round < 3; round++) {
            assertArrayEquals(bytes("chunk"), kept.read("data/c/0").orElseThrow());
        }
        assertEquals(5, beneath.reads.get(), "keys that were not chosen are read every time");
    }

    @Test
    void whatCannotBeKeptIsAskedForAgainSoItsReaderSeesTheFailure() throws IOException {
        Counting beneath = new Counting(new MemoryStorage("memory:big")
                .put("zarr.json", new byte[(int) RememberingStorage.MAX_KEPT_BYTES + 1]));
        Storage kept = RememberingStorage.over(beneath, DOCUMENTS);
        assertEquals(KeyKind.FILE, kept.kind("zarr.json"));
        assertEquals(1, beneath.reads.get(), "read up to the limit, found too large to keep");
        assertEquals(RememberingStorage.MAX_KEPT_BYTES + 1, kept.size("zarr.json"));
        for (int round = 0; round < 2; round++) {
            assertEquals(RememberingStorage.MAX_KEPT_BYTES + 1, kept.read("zarr.json").orElseThrow().length);
        }
        assertEquals(3, beneath.reads.get(), "each later read goes to the storage beneath");
    }

    private static byte[] readAll(Storage storage, String key) throws IOException {
        try (InputStream in = storage.newInputStream(key)) {
            return in.readAllBytes();
        }
    }

    /** Counts the questions and reads that reach the storage beneath. */
    private static final class Counting implements Storage {
        final Storage inner;
        final AtomicInteger kinds = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();

        Counting(Storage inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public KeyKind kind(String key) {
            kinds.incrementAndGet();
            return inner.kind(key);
        }

        @Override
        public long size(String key) throws IOException {
            return inner.size(key);
        }

        @Override
        public Optional<StoredObject> open(String key) throws IOException {
            reads.incrementAndGet();
            return inner.open(key);
        }

        @Override
        public InputStream newInputStream(String key) throws IOException {
            reads.incrementAndGet();
            return inner.newInputStream(key);
        }

        @Override
        public void list(String prefix, KeyVisitor visitor) throws IOException {
            inner.list(prefix, visitor);
        }

        @Override
        public Storage at(String prefix) {
            return inner.at(prefix);
        }
    }
}
