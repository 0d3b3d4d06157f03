package io.maskgate.packaging;

import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkReadResult;

/**
 * Reads whole trench movies ({@code time × y × x} bytes of one hypothesis and trench) from any chunk layout.
 * One per thread; owns its buffers. A chunk that does not decode stops packaging with its reason.
 */
final class MovieReader implements AutoCloseable {

    private final SourceStore store;
    private final ArrayChunkReader.Worker worker;
    private final int[] cs;
    private final boolean oneMovie;
    private final byte[] chunk;
    private final long[] coords = new long[5];
    private final boolean fillNonZero;
    final byte[] movie;

    MovieReader(SourceStore store) {
        this.store = store;
        this.worker = store.reader.newWorker();
        this.cs = store.reader.chunkShape();
        this.oneMovie = cs[0] == 1 && cs[1] == 1 && cs[2] == store.times && cs[3] == store.height && cs[4] == store.width;
        this.movie = new byte[store.times * store.height * store.width];
        this.fillNonZero = store.reader.pipeline().fillValue().bytes()[0] != 0;
        this.chunk = oneMovie ? null : new byte[store.reader.chunkBytes()];
    }

    /** Reads movie ({@code hypothesis}, {@code trench}) into {@link #movie}; false when it is all background. */
    boolean read(int hypothesis, int trench) {
        if (oneMovie) {
            coords[0] = hypothesis;
            coords[1] = trench;
            coords[2] = 0;
            coords[3] = 0;
            coords[4] = 0;
            ChunkReadResult r = worker.read(coords, movie, true);
            check(r);
            return r.status() == ChunkReadResult.Status.PRESENT || fillNonZero;
        }
        boolean any = false;
        coords[0] = hypothesis / cs[0];
        coords[1] = trench / cs[1];
        int a = hypothesis % cs[0];
        int b = trench % cs[1];
        int T = store.times;
        int H = store.height;
        int W = store.width;
        for (int ct = 0; ct * cs[2] < T; ct++) {
            for (int cy = 0; cy * cs[3] < H; cy++) {
                for (int cx = 0; cx * cs[4] < W; cx++) {
                    coords[2] = ct;
                    coords[3] = cy;
                    coords[4] = cx;
                    ChunkReadResult r = worker.read(coords, chunk, true);
                    check(r);
                    any |= r.status() == ChunkReadResult.Status.PRESENT;
                    int x0 = cx * cs[4];
                    int span = Math.min(W, x0 + cs[4]) - x0;
                    for (int t = ct * cs[2]; t < Math.min(T, (ct + 1) * cs[2]); t++) {
                        for (int y = cy * cs[3]; y < Math.min(H, (cy + 1) * cs[3]); y++) {
                            long src = ((((long) a * cs[1] + b) * cs[2] + (t - ct * cs[2])) * cs[3] + (y - cy * cs[3]))
                                    * cs[4];
                            System.arraycopy(chunk, (int) src, movie, (t * H + y) * W + x0, span);
                        }
                    }
                }
            }
        }
        return any || fillNonZero;
    }

    private static void check(ChunkReadResult r) {
        if (!r.ok()) {
            String why = r.problems().isEmpty() ? "it cannot be decoded here" : r.problems().get(0).message();
            throw new SourceDataException("chunk " + r.file() + " does not decode (" + why
                    + "); run 'maskgate validate' on the store");
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
