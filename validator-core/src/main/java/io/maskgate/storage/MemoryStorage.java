package io.maskgate.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link Storage} held in memory, as an object store holds it: values by key, folders implied by the keys
 * under them. For tests (of this module and others) and as the model a remote store follows. Thread-safe;
 * views made by {@link #at} share the values.
 */
public final class MemoryStorage implements Storage {

    private static final String IS_A_FOLDER = "Is a directory";

    private final String name;
    private final String base;
    private final ConcurrentNavigableMap<String, byte[]> values;

    /** An empty storage; {@code name} names it in messages, e.g. {@code memory:clean.zarr}. */
    public MemoryStorage(String name) {
        this(name, "", new ConcurrentSkipListMap<>());
    }

    private MemoryStorage(String name, String base, ConcurrentNavigableMap<String, byte[]> values) {
        this.name = Objects.requireNonNull(name, "name");
        this.base = base;
        this.values = values;
    }

    /** A copy of every key of {@code source}; fails if a part of it cannot be listed or read. */
    public static MemoryStorage copyOf(Storage source, String name) throws IOException {
        List<String> keys = new ArrayList<>();
        source.list("", new KeyVisitor() {
            @Override
            public void key(String key) {
                keys.add(key);
            }

            @Override
            public void unreadable(String prefix, IOException cause) throws IOException {
                throw cause;
            }
        });
        MemoryStorage copy = new MemoryStorage(name);
        for (String key : keys) {
            byte[] value = source.read(key).orElseThrow(() -> new NoSuchFileException(key, null, "vanished while copied"));
            copy.values.put(key, value);
        }
        return copy;
    }

    /** Stores a copy of {@code value} at {@code key} (not {@code ""}), replacing what was there. */
    public MemoryStorage put(String key, byte[] value) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the root key \"\" holds no value");
        }
        values.put(full(key), value.clone());
        return this;
    }

    /** Removes the value at {@code key}; true if there was one. */
    public boolean remove(String key) {
        return values.remove(full(key)) != null;
    }

    @Override
    public String name() {
        return base.isEmpty() ? name : name + "/" + base;
    }

    @Override
    public KeyKind kind(String key) {
        String full = full(key);
        if (!full.isEmpty() && values.containsKey(full)) {
            return KeyKind.FILE;
        }
        if (full.isEmpty()) {
            return KeyKind.DIRECTORY;
        }
        String folder = full + "/";
        String next = values.ceilingKey(folder);
        return next != null && next.startsWith(folder) ? KeyKind.DIRECTORY : KeyKind.ABSENT;
    }

    @Override
    public long size(String key) throws IOException {
        return value(key).length;
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        byte[] value = values.get(full(key));
        if (value == null) {
            if (kind(key) == KeyKind.DIRECTORY) {
                throw new FileSystemException(describe(key), null, IS_A_FOLDER);
            }
            return Optional.empty();
        }
        return Optional.of(new BytesObject(value));
    }

    @Override
    public InputStream newInputStream(String key) throws IOException {
        return new ByteArrayInputStream(value(key));
    }

    @Override
    public void list(String prefix, KeyVisitor visitor) throws IOException {
        String folder = full(prefix);
        String from = folder.isEmpty() ? "" : folder + "/";
        int strip = base.isEmpty() ? 0 : base.length() + 1;
        for (Map.Entry<String, byte[]> e : values.tailMap(from).entrySet()) {
            if (!e.getKey().startsWith(from)) {
                break;
            }
            visitor.key(e.getKey().substring(strip));
        }
    }

    @Override
    public Storage at(String prefix) {
        return prefix.isEmpty() ? this : new MemoryStorage(name, full(prefix), values);
    }

    @Override
    public String toString() {
        return "MemoryStorage[" + name() + ", " + values.size() + " values]";
    }

    private String full(String key) {
        return Keys.join(base, Keys.check(key));
    }

    private String describe(String key) {
        return Keys.join(name(), key);
    }

    private byte[] value(String key) throws IOException {
        byte[] value = values.get(full(key));
        if (value == null) {
            if (kind(key) == KeyKind.DIRECTORY) {
                throw new FileSystemException(describe(key), null, IS_A_FOLDER);
            }
            throw new NoSuchFileException(describe(key));
        }
        return value;
    }

    /** A stored value read in place: reads copy straight into the caller's buffer. */
    record BytesObject(byte[] value) implements StoredObject {
        @Override
        public long size() {
            return value.length;
        }

        @Override
        public int read(ByteBuffer dst, long position) {
            if (position < 0) {
                throw new IllegalArgumentException("negative position " + position);
            }
            if (position >= value.length) {
                return -1;
            }
            int n = (int) Math.min(dst.remaining(), value.length - position);
            dst.put(value, (int) position, n);
            return n;
        }

        @Override
        public void close() {
        }
    }
}
