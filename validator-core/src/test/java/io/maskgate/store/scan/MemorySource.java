package io.maskgate.store.scan;

import io.maskgate.labels.TestFrames;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test-only in-memory store: movies per (hypothesis, trench); missing ones are absent. */
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
    public ChunkStatus read(int hypothesis, int trench, byte[] movie) throws IOException {
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
        System.arraycopy(data, 0, movie, 0, data.length);
        return ChunkStatus.PRESENT;
    }
}
