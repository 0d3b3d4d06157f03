package io.maskgate.store.kernel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.labels.TestFrames;
import io.maskgate.zarr.ChunkKeyEncoding;
import io.maskgate.zarr.CodecSpec;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.chunk.ChunkLocator;
import io.maskgate.zarr.codec.CodecConfigException;
import io.maskgate.zarr.codec.CodecPipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Test-only mask store array held in memory: movies per (hypothesis, trench), its {@code data} metadata with
 * codecs [bytes, zstd] and a chosen chunk shape, and the trench inputs of the kernel encoded from the movies.
 */
final class TestArray {

    static final int H = 164;
    static final int W = 34;

    final int hypotheses;
    final int trenches;
    final int times;
    final int fill;
    final int[] epochs;
    final byte[][] movies;
    final ZarrArrayMetadata metadata;
    final CodecPipeline pipeline;
    final StoreGeometry geometry;

    /** One movie per chunk (the release layout). */
    TestArray(int hypotheses, int trenches, int times, int fill) {
        this(hypotheses, trenches, times, fill, new int[] {1, 1, times, H, W});
    }

    TestArray(int hypotheses, int trenches, int times, int fill, int[] chunkShape) {
        this.hypotheses = hypotheses;
        this.trenches = trenches;
        this.times = times;
        this.fill = fill;
        this.epochs = new int[hypotheses];
        for (int h = 0; h < hypotheses; h++) {
            epochs[h] = 50 + 250 * h;
        }
        this.movies = new byte[hypotheses * trenches][];
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode zstd = json.objectNode().put("level", 0).put("checksum", false);
        List<CodecSpec> codecs = List.of(new CodecSpec("bytes", null, "/codecs/0"), new CodecSpec("zstd", zstd, "/codecs/1"));
        long[] shape = {hypotheses, trenches, times, H, W};
        this.metadata = new ZarrArrayMetadata(json.objectNode(), shape, DataType.UINT8, chunkShape.clone(),
                ChunkKeyEncoding.DEFAULT, json.numberNode(fill), codecs, null, json.objectNode());
        try {
            this.pipeline = CodecPipeline.of(metadata);
        } catch (CodecConfigException e) {
            throw new IllegalStateException(e);
        }
        this.geometry = new StoreGeometry(hypotheses, epochs, trenches, times, H, W, fill, "data",
                StoreGeometry.defaultKeys("data"));
    }

    /** Every movie gets clean rods; returns the objects painted. */
    long fillClean(long seed) {
        Random rnd = new Random(seed);
        long objects = 0;
        for (int h = 0; h < hypotheses; h++) {
            for (int t = 0; t < trenches; t++) {
                byte[] movie = movie(h, t);
                for (int f = 0; f < times; f++) {
                    objects += TestFrames.rods(movie, f * H * W, H, W, 1 + rnd.nextInt(6), rnd);
                }
            }
        }
        return objects;
    }

    /** The movie of (hypothesis, trench), made (as background) on first use; null movies are absent. */
    byte[] movie(int h, int t) {
        if (movies[h * trenches + t] == null) {
            movies[h * trenches + t] = new byte[times * H * W];
        }
        return movies[h * trenches + t];
    }

    void remove(int h, int t) {
        movies[h * trenches + t] = null;
    }

    ChunkLocator locator() {
        return ChunkLocator.maskStore(Arrays.stream(epochs).asLongStream().toArray(), metadata.chunkShape());
    }

    /**
     * The kernel's input for {@code trench}: every chunk the trench spans, encoded from the movies (padded with
     * the fill value past the array's edge); a chunk no present movie reaches is absent.
     */
    TrenchChunks chunks(int trench) {
        TrenchLayout layout = new TrenchLayout(geometry, metadata.chunkShape());
        TrenchChunks in = new TrenchChunks(layout.slots()).reset(trench);
        long[] c = new long[5];
        for (int slot = 0; slot < layout.slots(); slot++) {
            byte[] raw = chunk(layout.chunk(trench, slot, c));
            if (raw == null) {
                in.absent(slot);
            } else {
                in.present(slot, pipeline.encode(raw));
            }
        }
        return in;
    }

    /** Decoded chunk at grid coordinates {@code c}, or null when it touches no present movie. */
    byte[] chunk(long[] c) {
        int[] cs = metadata.chunkShape();
        byte[] raw = new byte[pipeline.rawBytes()];
        Arrays.fill(raw, (byte) fill);
        boolean any = false;
        for (int dh = 0; dh < cs[0]; dh++) {
            for (int dt = 0; dt < cs[1]; dt++) {
                int h = (int) c[0] * cs[0] + dh;
                int t = (int) c[1] * cs[1] + dt;
                if (h >= hypotheses || t >= trenches || movies[h * trenches + t] == null) {
                    continue;
                }
                any = true;
                byte[] movie = movies[h * trenches + t];
                for (int f = 0; f < cs[2]; f++) {
                    for (int y = 0; y < cs[3]; y++) {
                        for (int x = 0; x < cs[4]; x++) {
                            int time = (int) c[2] * cs[2] + f;
                            int yy = (int) c[3] * cs[3] + y;
                            int xx = (int) c[4] * cs[4] + x;
                            if (time < times && yy < H && xx < W) {
                                int dst = (((dh * cs[1] + dt) * cs[2] + f) * cs[3] + y) * cs[4] + x;
                                raw[dst] = movie[(time * H + yy) * W + xx];
                            }
                        }
                    }
                }
            }
        }
        return any ? raw : null;
    }
}
