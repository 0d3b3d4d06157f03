package io.maskgate.store.kernel;

import io.maskgate.rules.Finding;
import io.maskgate.zarr.chunk.EncodedChunk;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The kernel's input: every chunk of one trench ({@link TrenchLayout} numbers them), each as its stored bytes,
 * absent, or a fetch error. A plain value that can be shipped; also a reusable holder — a worker keeps one and
 * {@link #reset}s it per trench, so its byte buffers grow once and are then reused. Not thread-safe.
 */
public final class TrenchChunks implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private int trench;
    private final ChunkStatus[] status;
    private final EncodedChunk[] bytes;

    /** Holds {@code slots} chunks ({@link TrenchLayout#slots()}), none of them set yet. */
    public TrenchChunks(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("a trench spans at least one chunk: " + slots);
        }
        this.status = new ChunkStatus[slots];
        this.bytes = new EncodedChunk[slots];
        for (int i = 0; i < slots; i++) {
            bytes[i] = new EncodedChunk();
        }
        this.trench = -1;
    }

    /** Starts the chunks of {@code trench}: every slot unset, buffers kept. */
    public TrenchChunks reset(int trench) {
        if (trench < 0) {
            throw new IllegalArgumentException("negative trench " + trench);
        }
        this.trench = trench;
        Arrays.fill(status, null);
        for (EncodedChunk b : bytes) {
            b.length(0);  // nothing stale travels if this is shipped
        }
        return this;
    }

    public int trench() {
        return trench;
    }

    public int slots() {
        return status.length;
    }

    /** The holder of slot {@code slot}'s stored bytes, to fetch into; they count when the slot is PRESENT. */
    public EncodedChunk bytes(int slot) {
        return bytes[slot];
    }

    /** What was fetched for {@code slot}; null while unset. */
    public ChunkStatus status(int slot) {
        return status[slot];
    }

    /** Records what fetching {@code slot} found (for PRESENT, its bytes are in {@link #bytes(int)}). */
    public TrenchChunks set(int slot, ChunkStatus found) {
        status[slot] = Objects.requireNonNull(found, "status");
        return this;
    }

    /** Slot {@code slot} holds {@code encoded} (not copied: leave it unchanged while this holds it). */
    public TrenchChunks present(int slot, byte[] encoded) {
        bytes[slot].wrap(encoded);
        return set(slot, ChunkStatus.PRESENT);
    }

    /** Slot {@code slot} has no chunk: it reads as the fill value. */
    public TrenchChunks absent(int slot) {
        return set(slot, ChunkStatus.ABSENT);
    }

    /** Slot {@code slot} could not be fetched; {@code error} is reported as it is. */
    public TrenchChunks failed(int slot, Finding error) {
        return set(slot, ChunkStatus.failed(error));
    }

    /** Heap a holder of {@code slots} chunks of at most {@code chunkBytes} stored bytes each may take. */
    public static long bytesNeeded(long slots, long chunkBytes) {
        return slots * (chunkBytes + 96);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TrenchChunks c) || c.trench != trench || c.status.length != status.length) {
            return false;
        }
        for (int i = 0; i < status.length; i++) {
            if (!Objects.equals(status[i], c.status[i])
                    || (status[i] != null && status[i].kind() == ChunkStatus.Kind.PRESENT && !bytes[i].equals(c.bytes[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * trench + Arrays.hashCode(status);
    }

    @Override
    public String toString() {
        return "TrenchChunks[trench " + trench + ", " + status.length + " chunks]";
    }
}
