package io.maskgate.store.kernel;

import io.maskgate.labels.FrameAnalyzer;
import io.maskgate.labels.LabelRules;
import io.maskgate.labels.LabelStats;
import io.maskgate.labels.MovieChecker;
import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.RuleMeta;
import io.maskgate.zarr.chunk.ChunkLocator;
import io.maskgate.zarr.chunk.EncodedChunk;
import io.maskgate.zarr.chunk.StoredChunkDecoder;
import io.maskgate.zarr.codec.CodecPipeline;
import io.maskgate.zarr.codec.FillValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pixel check of one trench as a function: (the store's geometry and codecs, the trench's stored chunks for
 * every hypothesis, the rule configuration) → findings and statistics. It decodes the chunks itself, checks
 * every frame of every hypothesis's movie with the label rules, streams findings into the caller's sink and adds
 * to the caller's {@link TrenchStats}. No thread pool, engine, file or storage is behind it: a thread pool, a
 * test or a distributed task feeds it {@link TrenchChunks} and merges the statistics.
 *
 * <p>One kernel per thread: it owns the movie buffer, the frame analyser and the decoder contexts and reuses
 * them for every trench, so checking allocates nothing per frame. Hypotheses are decoded and checked one after
 * the other through one movie buffer — the least memory, and the buffer stays warm in cache between decoding
 * and checking. Chunk problems become the same findings the chunk reader gives (code, file, location, message);
 * a chunk that does not decode is reported and its movie skipped, never an exception.
 */
public final class TrenchKernel implements AutoCloseable {

    private final StoreGeometry geometry;
    private final TrenchLayout layout;
    private final List<RuleMeta> rules;
    private final StoredChunkDecoder decoder;
    private final FillValue chunkFill;
    private final MovieChecker checker;
    private final MovieFindings findings;
    private final byte[] movie;
    /** Decoded chunk of a layout that is not one movie per chunk; null in the release layout. */
    private final byte[] chunk;
    private final int[] chunkShape;
    private final long[] coords = new long[5];

    /**
     * @param geometry the store's shape, epochs, fill value and chunk names
     * @param pipeline the codecs of its {@code data} array (shared between kernels; built from the array metadata)
     * @throws IllegalArgumentException when the array is not one the kernel can check: labels wider than a
     *                                  byte, a chunk shape that does not fit the geometry, frames or movies
     *                                  above the scan's limits
     */
    public TrenchKernel(StoreGeometry geometry, CodecPipeline pipeline, KernelConfig config) {
        if (pipeline.dataType().byteSize() != 1) {
            throw new IllegalArgumentException("the kernel checks 1-byte labels, not " + pipeline.dataType().name());
        }
        if (geometry.movieBytes() > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("a movie of " + geometry.movieBytes() + " bytes exceeds 2 GiB");
        }
        if ((long) geometry.height() * geometry.width() > FrameAnalyzer.MAX_FRAME_PIXELS) {
            throw new IllegalArgumentException("frames of " + geometry.height() + "x" + geometry.width()
                    + " px exceed the limit of " + FrameAnalyzer.MAX_FRAME_PIXELS + " px");
        }
        this.geometry = geometry;
        this.chunkShape = pipeline.chunkShape();
        this.layout = new TrenchLayout(geometry, chunkShape);
        if (layout.slotCount() > TrenchLayout.MAX_SLOTS) {
            throw new IllegalArgumentException("a trench spans " + layout.slotCount() + " chunks, more than "
                    + TrenchLayout.MAX_SLOTS);
        }
        this.rules = LabelRules.contentRules();
        this.chunkFill = pipeline.fillValue();
        this.checker = new MovieChecker(geometry.times(), geometry.height(), geometry.width(),
                LabelRules.frameRules(config.minObjectArea()), LabelRules.movieRules());
        this.findings = new MovieFindings(rules, config.policy());
        this.movie = new byte[(int) geometry.movieBytes()];
        this.chunk = layout.oneMoviePerChunk() ? null : new byte[pipeline.rawBytes()];
        this.decoder = new StoredChunkDecoder(pipeline, ChunkLocator.maskStore(epochs(geometry), chunkShape));
    }

    private static long[] epochs(StoreGeometry geometry) {
        int[] epochs = geometry.epochs();
        return epochs == null ? null : Arrays.stream(epochs).asLongStream().toArray();
    }

    /** Heap one kernel takes, for memory budgets (its input and statistics are the caller's). */
    public static long bytesNeeded(StoreGeometry geometry, CodecPipeline pipeline) {
        boolean oneMovie = new TrenchLayout(geometry, pipeline.chunkShape()).oneMoviePerChunk();
        return geometry.movieBytes() + (oneMovie ? 0 : pipeline.rawBytes())
                + MovieChecker.bytesNeeded(geometry.times(), geometry.height(), geometry.width());
    }

    public StoreGeometry geometry() {
        return geometry;
    }

    /** Which chunks make up a trench: the shape of the input. */
    public TrenchLayout layout() {
        return layout;
    }

    /** The label codes the statistics count, in their column order. */
    public List<RuleMeta> rules() {
        return rules;
    }

    /** Empty statistics of this store's shape, to accumulate into. */
    public TrenchStats newStats() {
        return new TrenchStats(geometry.hypotheses(), rules.size());
    }

    /**
     * Checks one trench: every finding goes to {@code out} as soon as it is found (in no particular order; sort
     * them for a report), and every count is added to {@code stats}.
     *
     * @throws IllegalArgumentException when {@code in} is not a trench of this store (wrong chunk count, a chunk
     *                                  left unset, a trench outside the array)
     */
    public void check(TrenchChunks in, FindingSink out, TrenchStats stats) {
        check(in, out, stats, null);
    }

    /**
     * As {@link #check(TrenchChunks, FindingSink, TrenchStats)}, showing every decoded movie to {@code observer}
     * (null for none) right after it was checked; the observer chooses which hypothesis is decoded first.
     */
    public void check(TrenchChunks in, FindingSink out, TrenchStats stats, MovieObserver observer) {
        checkInput(in, stats);
        int trench = in.trench();
        int first = observer == null ? 0 : observer.firstHypothesis();
        if (first < 0 || first >= geometry.hypotheses()) {
            throw new IllegalArgumentException("no hypothesis " + first + " to decode first");
        }
        if (observer != null) {
            observer.begin(trench);
        }
        for (int i = 0; i < geometry.hypotheses(); i++) {
            // first, then the others in order: 0 .. first-1, first+1 .. n-1
            int h = i == 0 ? first : (i <= first ? i - 1 : i);
            findings.start(out, stats, h, geometry.epoch(h), trench,
                    geometry.chunkKeys().key(layout.movieStart(h, trench, coords)));
            LabelStats s = stats.hypothesis(h);
            ChunkStatus.Kind movieKind = layout.oneMoviePerChunk() ? decodeMovie(in, h, out) : assemble(in, h, out);
            switch (movieKind) {
                case PRESENT -> {
                    s.chunkPresent();
                    checker.check(movie, findings, s);
                }
                case ABSENT -> {
                    s.chunkAbsent();
                    if (geometry.fillValue() == 0) {
                        checker.checkEmpty(findings, s);
                    } else {
                        Arrays.fill(movie, (byte) geometry.fillValue());
                        checker.check(movie, findings, s);
                    }
                }
                case ERROR -> s.chunkFailed();
            }
            if (observer != null) {
                boolean pixels = movieKind == ChunkStatus.Kind.PRESENT
                        || (movieKind == ChunkStatus.Kind.ABSENT && geometry.fillValue() != 0);
                observer.movie(h, pixels ? movie : null, movieKind);
            }
        }
        if (observer != null) {
            observer.end();
        }
    }

    /** As {@link #check(TrenchChunks, FindingSink, TrenchStats)}, into fresh statistics. */
    public TrenchStats check(TrenchChunks in, FindingSink out) {
        TrenchStats stats = newStats();
        check(in, out, stats);
        return stats;
    }

    /** As {@link #check(TrenchChunks, FindingSink)}, with the findings collected (for small inputs and tests). */
    public TrenchResult check(TrenchChunks in) {
        List<Finding> found = new ArrayList<>();
        TrenchStats stats = check(in, found::add);
        return new TrenchResult(found, stats);
    }

    private void checkInput(TrenchChunks in, TrenchStats stats) {
        if (in.slots() != layout.slots()) {
            throw new IllegalArgumentException("a trench of this store spans " + layout.slots() + " chunks, not "
                    + in.slots());
        }
        if (in.trench() < 0 || in.trench() >= geometry.trenches()) {
            throw new IllegalArgumentException("trench " + in.trench() + " is outside 0.." + (geometry.trenches() - 1));
        }
        if (stats.hypotheses() != geometry.hypotheses() || stats.hypothesis(0).rules() != rules.size()) {
            throw new IllegalArgumentException("statistics of another shape: " + stats);
        }
        for (int slot = 0; slot < in.slots(); slot++) {
            if (in.status(slot) == null) {
                throw new IllegalArgumentException("chunk " + slot + " of trench " + in.trench() + " was not set");
            }
        }
    }

    /** Release layout: slot {@code h} is the whole movie. */
    private ChunkStatus.Kind decodeMovie(TrenchChunks in, int h, FindingSink out) {
        return decodeSlot(in, h, movie, out);
    }

    /** Any other layout: decodes every chunk the movie spans and copies its part into place. */
    private ChunkStatus.Kind assemble(TrenchChunks in, int hypothesis, FindingSink out) {
        int times = geometry.times();
        int height = geometry.height();
        int width = geometry.width();
        int ct = chunkShape[2];
        int cy = chunkShape[3];
        int cx = chunkShape[4];
        int perHypothesisChunk = layout.slotsPerHypothesisChunk();
        int first = hypothesis / chunkShape[0] * perHypothesisChunk;
        int h0 = hypothesis % chunkShape[0];
        int t0 = in.trench() % chunkShape[1];
        long base = ((long) h0 * chunkShape[1] + t0) * ct;
        boolean anyPresent = false;
        for (int slot = first; slot < first + perHypothesisChunk; slot++) {
            ChunkStatus.Kind kind = decodeSlot(in, slot, chunk, out);
            if (kind == ChunkStatus.Kind.ERROR) {
                return kind;  // the first problem ends the movie, as a read of it would
            }
            if (kind == ChunkStatus.Kind.ABSENT) {
                chunkFill.fill(chunk, 0, chunk.length);
            }
            anyPresent |= kind == ChunkStatus.Kind.PRESENT;
            long[] c = layout.chunk(in.trench(), slot, coords);
            int tStart = (int) c[2] * ct;
            int yStart = (int) c[3] * cy;
            int xStart = (int) c[4] * cx;
            int tn = Math.min(ct, times - tStart);
            int yn = Math.min(cy, height - yStart);
            int xn = Math.min(cx, width - xStart);
            for (int t = 0; t < tn; t++) {
                for (int y = 0; y < yn; y++) {
                    int src = (int) (((base + t) * cy + y) * cx);
                    int dst = ((tStart + t) * height + yStart + y) * width + xStart;
                    System.arraycopy(chunk, src, movie, dst, xn);
                }
            }
        }
        return anyPresent ? ChunkStatus.Kind.PRESENT : ChunkStatus.Kind.ABSENT;
    }

    /** Decodes slot {@code slot} into {@code target}; its problems go to {@code out} as the reader words them. */
    private ChunkStatus.Kind decodeSlot(TrenchChunks in, int slot, byte[] target, FindingSink out) {
        ChunkStatus status = in.status(slot);
        switch (status.kind()) {
            case ABSENT -> {
                return ChunkStatus.Kind.ABSENT;
            }
            case ERROR -> {
                out.accept(status.error());
                return ChunkStatus.Kind.ERROR;
            }
            default -> {
                EncodedChunk stored = in.bytes(slot);
                if (decoder.decode(stored.bytes(), stored.length(), target)) {
                    return ChunkStatus.Kind.PRESENT;
                }
                long[] c = layout.chunk(in.trench(), slot, coords);
                for (Finding f : decoder.failure(c, geometry.chunkKeys().key(c), stored.length()).findings()) {
                    out.accept(f);
                }
                return ChunkStatus.Kind.ERROR;
            }
        }
    }

    /** Frees the decoder's native contexts. */
    @Override
    public void close() {
        decoder.close();
    }
}
