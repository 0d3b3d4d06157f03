package io.maskgate.storage.remote;

import io.maskgate.storage.KeyKind;
import io.maskgate.storage.Keys;
import io.maskgate.storage.Storage;
import io.maskgate.storage.StoredObject;
import io.maskgate.storage.StoredSlice;
import io.maskgate.storage.TransferCounter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * What HTTP and S3 stores share on top of "GET a key, whole or a range": the {@link Storage} contract, a bound
 * on requests in flight, transfer counts, and a small cache of documents.
 *
 * <p>Requests, not bytes, are what a remote store costs: {@link #kind} of a key GETs the value (there is no
 * cheaper question that also answers the read that follows) and keeps small bodies until they are read, so
 * reading a {@code zarr.json} after asking whether it exists is one request, not three. The root {@code ""} is
 * a folder without a request: object stores have no folders, and the store's {@code zarr.json} answers for it.
 *
 * <p>Absence: 404 and 410 mean absent everywhere; 403 means absent only for chunk reads ({@link #open}), as
 * Zarr's convention for object stores has it, while a document answered with 403 is unreadable. Every other
 * failure is an {@link IOException} whose message names the value (URL) and the status.
 */
public abstract class RemoteStorage implements Storage {

    /** Documents larger than this are not kept between {@link #kind} and the read that follows. */
    private static final long CACHE_ENTRY_MAX = 16L << 20;

    private final Shared shared;
    private final String base;

    /** Per opened store, shared by its {@link #at} views. */
    protected static final class Shared {
        final RemoteSettings settings;
        final TransferCounter counter = new TransferCounter();
        final Semaphore inFlight;
        final ConcurrentMap<String, Object> documents = new ConcurrentHashMap<>();

        public Shared(RemoteSettings settings) {
            this.settings = settings;
            this.inFlight = new Semaphore(settings.maxInFlight());
        }
    }

    protected RemoteStorage(Shared shared, String base) {
        this.shared = shared;
        this.base = base;
    }

    /** The key of {@code key} from the store's root (the base of this view plus the key). */
    protected final String full(String key) {
        return Keys.join(base, Keys.check(key));
    }

    protected final RemoteSettings settings() {
        return shared.settings;
    }

    protected final TransferCounter counter() {
        return shared.counter;
    }

    protected final Shared shared() {
        return shared;
    }

    protected final String base() {
        return base;
    }

    /** Where the value of {@code fullKey} lives, for messages: a URL, an {@code s3://} URI. Never credentials. */
    protected abstract String locate(String fullKey);

    /**
     * One GET of the value at {@code fullKey}: from {@code offset}, {@code length} bytes; the last {@code length}
     * bytes (a suffix range) when {@code offset} is negative; or the whole value when {@code length} is negative. A
     * server that ignores ranges may answer a suffix range with the whole value (a body as long as its size). A whole value larger than {@link RemoteSettings#inlineLimit()} is answered with
     * {@link RemoteResponse.TooLarge} without its body. Retries what is worth retrying; failures are
     * IOExceptions naming the value and the status.
     */
    protected abstract RemoteResponse get(String fullKey, long offset, long length) throws IOException;

    /** The view of the keys under {@code fullPrefix} (a key from the root). */
    protected abstract Storage view(String fullPrefix);

    @Override
    public String name() {
        return locate(base);
    }

    @Override
    public KeyKind kind(String key) {
        String full = full(key);
        if (full.isEmpty()) {
            return KeyKind.DIRECTORY;
        }
        Object outcome = shared.documents.computeIfAbsent(full, this::fetchForCache);
        if (outcome instanceof RemoteResponse.Absent absent && absent.missing()) {
            shared.documents.remove(full);
            return KeyKind.ABSENT;
        }
        // A failure is remembered as a file that cannot be read: the read that follows reports it.
        return KeyKind.FILE;
    }

    @Override
    public long size(String key) throws IOException {
        String full = full(key);
        Object outcome = shared.documents.computeIfAbsent(full, this::fetchForCache);
        if (outcome instanceof RemoteResponse.Body body) {
            return body.size();
        }
        if (outcome instanceof RemoteResponse.TooLarge large) {
            return large.size();
        }
        shared.documents.remove(full);
        throw documentFailure(full, outcome);
    }

    @Override
    public InputStream newInputStream(String key) throws IOException {
        String full = full(key);
        Object outcome = shared.documents.remove(full);
        if (outcome == null) {
            outcome = fetchForCache(full);
        }
        if (outcome instanceof RemoteResponse.Body body) {
            return new ByteArrayInputStream(body.bytes());
        }
        if (outcome instanceof RemoteResponse.TooLarge large) {
            throw new IOException(locate(full) + " has " + large.size() + " bytes, more than the "
                    + settings().inlineLimit() + " bytes one response may hold");
        }
        throw documentFailure(full, outcome);
    }

    /** {@inheritDoc} One GET of the whole value; 403, 404 and 410 are absent (chunk keys, Zarr's convention). */
    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        String full = full(key);
        Object cached = shared.documents.remove(full);
        RemoteResponse r;
        if (cached instanceof RemoteResponse response) {
            r = response;
        } else {
            r = limitedGet(full, 0, -1);
        }
        if (r instanceof RemoteResponse.Absent) {
            return Optional.empty();
        }
        if (r instanceof RemoteResponse.Body body) {
            return Optional.of(new BodyObject(body.bytes()));
        }
        return Optional.of(new RangedObject(full, ((RemoteResponse.TooLarge) r).size()));
    }

    /** {@inheritDoc} One ranged GET. */
    @Override
    public int read(String key, long offset, ByteBuffer dst) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        String full = full(key);
        return readRange(full, offset, dst);
    }

    /** {@inheritDoc} One ranged GET (a suffix range for the end); 403, 404 and 410 are absent, as for {@link #open}. */
    @Override
    public Optional<StoredSlice> readSlice(String key, int length, boolean fromEnd) throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        String full = full(key);
        RemoteResponse r = limitedGet(full, fromEnd ? -1 : 0, length);
        if (r instanceof RemoteResponse.Absent) {
            return Optional.empty();
        }
        if (r instanceof RemoteResponse.Body body) {
            byte[] bytes = body.bytes();
            long size = Math.max(body.size(), bytes.length);
            return Optional.of(new StoredSlice(bytes, fromEnd ? size - bytes.length : 0, size));
        }
        throw new IOException(locate(full) + " has " + ((RemoteResponse.TooLarge) r).size()
                + " bytes and the server sent all of them for a range of " + length + " bytes");
    }

    /** True: a remote value is read in the parts a reader needs. */
    @Override
    public boolean rangedReads() {
        return true;
    }

    @Override
    public Storage at(String prefix) {
        return prefix.isEmpty() ? this : view(full(prefix));
    }

    @Override
    public int readAhead() {
        return settings().maxInFlight();
    }

    @Override
    public Optional<TransferCounter> transfers() {
        return Optional.of(shared.counter);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + "]";
    }

    private int readRange(String full, long offset, ByteBuffer dst) throws IOException {
        if (!dst.hasRemaining()) {
            return 0;
        }
        RemoteResponse r = limitedGet(full, offset, dst.remaining());
        if (r instanceof RemoteResponse.Absent) {
            throw new NoSuchFileException(locate(full));
        }
        if (r instanceof RemoteResponse.Body body) {
            int n = Math.min(body.bytes().length, dst.remaining());
            dst.put(body.bytes(), 0, n);
            return n;
        }
        throw new IOException(locate(full) + ": the server sent no body for a range of "
                + dst.remaining() + " bytes");
    }

    /** A GET within the bound on requests in flight. */
    private RemoteResponse limitedGet(String full, long offset, long length) throws IOException {
        try {
            shared.inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to read " + locate(full));
        }
        try {
            return get(full, offset, length);
        } finally {
            shared.inFlight.release();
        }
    }

    /** The outcome of a whole-value GET as the cache keeps it: a response, or the IOException it gave. */
    private Object fetchForCache(String full) {
        try {
            RemoteResponse r = limitedGet(full, 0, -1);
            if (r instanceof RemoteResponse.Body body && body.bytes().length > CACHE_ENTRY_MAX) {
                return new RemoteResponse.TooLarge(body.size());
            }
            return r;
        } catch (IOException e) {
            return e;
        }
    }

    private IOException documentFailure(String full, Object outcome) {
        if (outcome instanceof RemoteResponse.Absent absent) {
            return absent.missing() ? new NoSuchFileException(locate(full))
                    : new IOException("HTTP 403 Forbidden from " + locate(full));
        }
        IOException e = (IOException) outcome;
        // A new exception per read: the cached one may be thrown to several callers.
        return new IOException(e.getMessage(), e);
    }

    /** A value received whole: reads copy from the body, which a reader may also keep as it is. */
    private static final class BodyObject implements StoredObject {
        private byte[] bytes;

        BodyObject(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public int read(ByteBuffer dst, long position) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, (int) position, n);
            return n;
        }

        @Override
        public byte[] ownedBytes() {
            return bytes;
        }

        @Override
        public void close() {
            bytes = new byte[0];
        }
    }

    /** A value too large for one response: its size is known, reads are ranged GETs. */
    private final class RangedObject implements StoredObject {
        private final String full;
        private final long size;

        RangedObject(String full, long size) {
            this.full = full;
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            if (position >= size) {
                return -1;
            }
            if (dst.remaining() > settings().inlineLimit()) {
                ByteBuffer part = dst.slice().limit((int) settings().inlineLimit());
                int n = readRange(full, position, part);
                dst.position(dst.position() + n);
                return n;
            }
            return readRange(full, position, dst);
        }

        @Override
        public void close() {
        }
    }
}
