package io.maskgate.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A storage that answers again, without asking the storage beneath, for a few documents it has already been asked
 * about: what is at each key, and the bytes of the small files there. Whoever reads a document first (profile
 * detection) and whoever reads it next (the validator) then cost one read between them, which is one request on a
 * remote store instead of two.
 *
 * <p>Only the chosen keys are remembered, from the first question about them on; every other key, and a chosen
 * one whose value could not be read or is larger than {@link #MAX_KEPT_BYTES}, goes to the storage beneath as
 * before, so its failures are reported by whoever reads it. Thread-safe, as every storage.
 */
public final class RememberingStorage implements Storage {

    /** Values larger than this are not kept in memory; the storage beneath is asked for them each time. */
    public static final long MAX_KEPT_BYTES = 16L << 20;

    private final Storage delegate;
    private final String base;
    private final Set<String> chosen;
    private final Map<String, Known> known;

    /** What a chosen key held when first asked: its kind, and its bytes when they were read (else null). */
    private record Known(KeyKind kind, byte[] bytes) {
    }

    private RememberingStorage(Storage delegate, String base, Set<String> chosen, Map<String, Known> known) {
        this.delegate = delegate;
        this.base = base;
        this.chosen = chosen;
        this.known = known;
    }

    /** Remembers the values at {@code keys} (keys of {@code storage}) once they have been asked about. */
    public static RememberingStorage over(Storage storage, Set<String> keys) {
        Objects.requireNonNull(storage, "storage");
        keys.forEach(Keys::check);
        return new RememberingStorage(storage, "", Set.copyOf(keys), new ConcurrentHashMap<>());
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public KeyKind kind(String key) {
        Known k = remembered(key);
        return k == null ? delegate.kind(key) : k.kind();
    }

    @Override
    public long size(String key) throws IOException {
        Known k = remembered(key);
        return k != null && k.bytes() != null ? k.bytes().length : delegate.size(key);
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        Known k = remembered(key);
        if (k != null && k.bytes() != null) {
            return Optional.of(new MemoryStorage.BytesObject(k.bytes()));
        }
        if (k != null && k.kind() == KeyKind.ABSENT) {
            return Optional.empty();
        }
        return delegate.open(key);
    }

    @Override
    public InputStream newInputStream(String key) throws IOException {
        Known k = remembered(key);
        return k != null && k.bytes() != null ? new ByteArrayInputStream(k.bytes()) : delegate.newInputStream(key);
    }

    @Override
    public int read(String key, long offset, ByteBuffer dst) throws IOException {
        Known k = remembered(key);
        if (k == null || k.bytes() == null) {
            return delegate.read(key, offset, dst);
        }
        try (StoredObject object = new MemoryStorage.BytesObject(k.bytes())) {
            return Storage.readFully(object, offset, dst);
        }
    }

    @Override
    public void list(String prefix, KeyVisitor visitor) throws IOException {
        delegate.list(prefix, visitor);
    }

    @Override
    public Storage at(String prefix) {
        return prefix.isEmpty() ? this : new RememberingStorage(delegate.at(prefix), full(prefix), chosen, known);
    }

    @Override
    public Optional<String> listingUnavailable() {
        return delegate.listingUnavailable();
    }

    @Override
    public int readAhead() {
        return delegate.readAhead();
    }

    @Override
    public boolean rangedReads() {
        return delegate.rangedReads();
    }

    @Override
    public Optional<StoredSlice> readSlice(String key, int length, boolean fromEnd) throws IOException {
        Known k = remembered(key);
        return k != null && k.bytes() != null ? Storage.super.readSlice(key, length, fromEnd)
                : delegate.readSlice(key, length, fromEnd);
    }

    @Override
    public Optional<TransferCounter> transfers() {
        return delegate.transfers();
    }

    @Override
    public String toString() {
        return "RememberingStorage[" + delegate + "]";
    }

    private String full(String key) {
        return Keys.join(base, Keys.check(key));
    }

    /** What a chosen key held when first asked, or null for a key that is not remembered. */
    private Known remembered(String key) {
        String full = full(key);
        return chosen.contains(full) ? known.computeIfAbsent(full, f -> ask(key)) : null;
    }

    private Known ask(String key) {
        KeyKind kind = delegate.kind(key);
        if (kind != KeyKind.FILE) {
            return new Known(kind, null);
        }
        // Read as a stream to its end, as document readers do: a size of 0 is not trusted (files under /proc).
        try (InputStream in = delegate.newInputStream(key)) {
            byte[] bytes = in.readNBytes((int) MAX_KEPT_BYTES + 1);
            return new Known(kind, bytes.length > MAX_KEPT_BYTES ? null : bytes);
        } catch (IOException | RuntimeException e) {
            return new Known(kind, null); // whoever reads it next asks again and reports the failure
        }
    }
}
