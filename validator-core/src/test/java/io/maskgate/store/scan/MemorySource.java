package io.maskgate.store.scan;

import io.maskgate.labels.TestFrames;
import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.zarr.CodecSpec;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.chunk.EncodedChunk;
import io.maskgate.zarr.codec.CodecConfigException;
import io.maskgate.zarr.codec.CodecEnvironment;
import io.maskgate.zarr.codec.CodecPipeline;
import io.maskgate.zarr.codec.FillValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Test-only in-memory store: movies per (hypothesis, trench), one chunk each, stored with the {@code bytes} codec
 * alone (so the stored bytes are the movie); missing ones are absent.
 */
final class MemorySource implements ChunkSource {

    final int hypotheses;
    final int trenches;
    final int times;
    final int height;
    final int width;
    final Map<Long, byte[]> movies = new HashMap<>();
    final Map<Long, ChunkStatus> statuses = new HashMap<>();
    final Map<Long, Throwable> throwing = new HashMap<>();
    final List<String> reads = Collections.synchronizedList(new ArrayList<>());

    MemorySource(int hypotheses, int trenches, int times, int height, int width) {
        this.hypotheses = hypotheses;
        this.trenches = trenches;
        this.times = times;
        this.height = height;
        this.width = width;
    }

    static long key(int h, int t) {
        return ((long) h << 32) | t;
    }

    StoreGeometry geometry() {
        int[] epochs = new int[hypotheses];
        for (int h = 0; h < hypotheses; h++) {
            epochs[h] = 50 + 250 * h;
        }
        return new StoreGeometry(hypotheses, epochs, trenches, times, height, width, 0, "data",
                StoreGeometry.defaultKeys("data"));
    }

    /** The codecs of the store: {@code bytes} only, one movie per chunk. */
    CodecPipeline pipeline() {
        return pipeline(geometry());
    }

    /** A {@code bytes}-only pipeline of one movie per chunk for {@code g}, with its fill value. */
    static CodecPipeline pipeline(StoreGeometry g) {
        try {
            return CodecPipeline.of(List.of(new CodecSpec("bytes", null, "/codecs/0")), DataType.UINT8,
                    new int[] {1, 1, g.times(), g.height(), g.width()},
                    FillValue.ofBytes(new byte[] {(byte) g.fillValue()}), CodecEnvironment.DEFAULT);
        } catch (CodecConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every chunk gets clean rods (labels 1..n in raster order, all at least 15 px). */
    MemorySource fillClean(long seed) {
        Random rnd = new Random(seed);
        for (int h = 0; h < hypotheses; h++) {
            for (int t = 0; t < trenches; t++) {
                byte[] movie = new byte[times * height * width];
                for (int f = 0; f < times; f++) {
                    TestFrames.rods(movie, f * height * width, height, width, 1 + rnd.nextInt(6), rnd);
                }
                movies.put(key(h, t), movie);
            }
        }
        return this;
    }

    byte[] movie(int h, int t) {
        return movies.computeIfAbsent(key(h, t), k -> new byte[times * height * width]);
    }

    @Override
    public ChunkStatus fetch(long[] chunk, EncodedChunk into) throws IOException {
        int hypothesis = (int) chunk[0];
        int trench = (int) chunk[1];
        reads.add(hypothesis + "/" + trench);
        Throwable t = throwing.get(key(hypothesis, trench));
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        ChunkStatus status = statuses.get(key(hypothesis, trench));
        if (status != null) {
            return status;
        }
        byte[] data = movies.get(key(hypothesis, trench));
        if (data == null) {
            return ChunkStatus.ABSENT;
        }
        into.wrap(data);
        return ChunkStatus.PRESENT;
    }
}
