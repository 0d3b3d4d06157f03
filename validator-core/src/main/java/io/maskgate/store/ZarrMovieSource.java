package io.maskgate.store;

import io.maskgate.rules.FindingSink;
import io.maskgate.store.scan.ChunkSource;
import io.maskgate.store.scan.ChunkStatus;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkReadResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Adapts the Zarr chunk reader to the pixel scan: fills one (hypothesis, trench) movie of the
 * {@code data(hypothesis, trench, time, y, x)} array. The release stores one movie per chunk and
 * takes the direct path; any other chunking is assembled from the chunks that cover the movie, so a
 * store chunked differently still has every pixel checked.
 */
final class ZarrMovieSource implements ChunkSource {

    private final FindingSink sink;
    private final int[] chunkShape;
    private final long[] shape;
    private final boolean oneMoviePerChunk;
    private final ThreadLocal<Worker> workers;
    private final List<Worker> allWorkers = new ArrayList<>();

    /**
     * @param shape the array's 5-D shape
     * @param sink  receives the second and later problems of a chunk (the first travels with its status)
     */
    ZarrMovieSource(ArrayChunkReader reader, long[] shape, FindingSink sink) {
        this.sink = sink;
        this.shape = shape.clone();
        this.chunkShape = reader.chunkShape();
        this.oneMoviePerChunk = chunkShape[0] == 1 && chunkShape[1] == 1
                && chunkShape[2] == shape[2] && chunkShape[3] == shape[3] && chunkShape[4] == shape[4];
        this.workers = ThreadLocal.withInitial(() -> {
            Worker w = new Worker(reader.newWorker(), oneMoviePerChunk ? null : new byte[reader.chunkBytes()]);
            synchronized (allWorkers) {
                allWorkers.add(w);
            }
            return w;
        });
    }

    @Override
    public ChunkStatus read(int hypothesis, int trench, byte[] movie) {
        Worker w = workers.get();
        if (oneMoviePerChunk) {
            w.coords[0] = hypothesis;
            w.coords[1] = trench;
            w.coords[2] = 0;
            w.coords[3] = 0;
            w.coords[4] = 0;
            // An absent chunk reads as the fill value: the scanner handles that without the buffer.
            return status(w.reader.read(w.coords, movie, false));
        }
        return assemble(w, hypothesis, trench, movie);
    }

    /** Copies every chunk that overlaps the movie into place; the first problem ends the movie. */
    private ChunkStatus assemble(Worker w, int hypothesis, int trench, byte[] movie) {
        int times = (int) shape[2];
        int height = (int) shape[3];
        int width = (int) shape[4];
        int ct = chunkShape[2];
        int cy = chunkShape[3];
        int cx = chunkShape[4];
        boolean anyPresent = false;
        long[] c = w.coords;
        c[0] = hypothesis / chunkShape[0];
        c[1] = trench / chunkShape[1];
        int h0 = hypothesis % chunkShape[0];
        int t0 = trench % chunkShape[1];
        for (c[2] = 0; c[2] * ct < times; c[2]++) {
            for (c[3] = 0; c[3] * cy < height; c[3]++) {
                for (c[4] = 0; c[4] * cx < width; c[4]++) {
                    ChunkReadResult r = w.reader.read(c, w.chunk);
                    if (r.status() == ChunkReadResult.Status.ERROR || r.status() == ChunkReadResult.Status.SKIPPED) {
                        return status(r);
                    }
                    anyPresent |= r.status() == ChunkReadResult.Status.PRESENT;
                    int tStart = (int) c[2] * ct;
                    int yStart = (int) c[3] * cy;
                    int xStart = (int) c[4] * cx;
                    int tn = Math.min(ct, times - tStart);
                    int yn = Math.min(cy, height - yStart);
                    int xn = Math.min(cx, width - xStart);
                    long base = ((long) h0 * chunkShape[1] + t0) * ct;
                    for (int t = 0; t < tn; t++) {
                        for (int y = 0; y < yn; y++) {
                            int src = (int) (((base + t) * cy + y) * cx);
                            int dst = ((tStart + t) * height + yStart + y) * width + xStart;
                            System.arraycopy(w.chunk, src, movie, dst, xn);
                        }
                    }
                }
            }
        }
        return anyPresent ? ChunkStatus.PRESENT : ChunkStatus.ABSENT;
    }

    private ChunkStatus status(ChunkReadResult r) {
        return switch (r.status()) {
            case PRESENT -> ChunkStatus.PRESENT;
            case ABSENT -> ChunkStatus.ABSENT;
            // The array's one ZARR_CODEC_UNAVAILABLE finding is reported by the caller; the scan is not run then.
            case SKIPPED -> throw new IllegalStateException("pixel scan of an array whose codecs cannot be decoded");
            case ERROR -> {
                var findings = r.findings();
                for (int i = 1; i < findings.size(); i++) {
                    sink.accept(findings.get(i));
                }
                yield ChunkStatus.failed(findings.get(0));
            }
        };
    }

    /** Releases the decoder contexts of every worker thread. */
    void closeAll() {
        synchronized (allWorkers) {
            allWorkers.forEach(w -> w.reader.close());
            allWorkers.clear();
        }
    }

    private static final class Worker {
        final ArrayChunkReader.Worker reader;
        final byte[] chunk;
        final long[] coords = new long[5];

        Worker(ArrayChunkReader.Worker reader, byte[] chunk) {
            this.reader = reader;
            this.chunk = chunk;
        }
    }
}
