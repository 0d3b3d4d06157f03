package io.maskgate.benchmarks;

import com.github.luben.zstd.ZstdDecompressCtx;
import io.maskgate.fixtures.MaskStoreGenerator;
import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.store.scan.ChunkSource;
import io.maskgate.store.scan.PixelScanner;
import io.maskgate.store.scan.ScanConfig;
import io.maskgate.store.scan.ScanResult;
import io.maskgate.validation.ProgressListener;
import io.maskgate.zarr.codec.CodecPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole pixel scan against its floor, with the same thread count: {@code scan} runs the
 * {@link PixelScanner} over in-memory zstd chunks of all 17 hypotheses of 8 realistic trenches
 * (the generator's demo store, absent chunks included), its kernels decoding them with the codec
 * pipeline; {@code decodeOnly} only decompresses the same chunks with zstd-jni. Their ratio is the
 * scan's overhead over the decode-only floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ScanBenchmark {

    static final int TRENCHES = 8;

    @Param({"2", "1"})
    public int threads;

    private byte[][] chunks;
    private StoreGeometry geometry;
    private CodecPipeline pipeline;
    private final ThreadLocal<ZstdDecompressCtx> contexts = ThreadLocal.withInitial(ZstdDecompressCtx::new);

    @Setup(Level.Trial)
    public void setUp() {
        int hypotheses = Movies.SPEC.hypotheses();
        chunks = new byte[hypotheses * TRENCHES][];
        boolean[] empty = Movies.SPEC.emptyTrenches();
        long raw = 0;
        long packed = 0;
        for (int h = 0; h < hypotheses; h++) {
            for (int t = 0; t < TRENCHES; t++) {
                if (!empty[t]) {
                    byte[] movie = MaskStoreGenerator.renderMovie(Movies.SPEC, h, t);
                    chunks[h * TRENCHES + t] = Movies.compress(movie);
                    raw += movie.length;
                    packed += chunks[h * TRENCHES + t].length;
                }
            }
        }
        geometry = Movies.geometry(TRENCHES);
        pipeline = Movies.pipeline();
        System.out.printf("%n[%d chunks, %d frames, %.1f MB raw, ratio %.1f]%n", chunks.length,
                (long) chunks.length * Movies.TIMES, raw / 1e6, (double) raw / packed);
    }

    private ChunkStatus read(int hypothesis, int trench, byte[] movie) {
        byte[] chunk = chunks[hypothesis * TRENCHES + trench];
        if (chunk == null) {
            return ChunkStatus.ABSENT;
        }
        contexts.get().decompressByteArray(movie, 0, movie.length, chunk, 0, chunk.length);
        return ChunkStatus.PRESENT;
    }

    @Benchmark
    public ScanResult scan() {
        ChunkSource source = (c, into) -> {
            byte[] chunk = chunks[(int) c[0] * TRENCHES + (int) c[1]];
            if (chunk == null) {
                return ChunkStatus.ABSENT;
            }
            into.wrap(chunk);
            return ChunkStatus.PRESENT;
        };
        AtomicLong findings = new AtomicLong();
        return new PixelScanner(ScanConfig.defaults().withThreads(threads))
                .scan(source, geometry, pipeline, f -> findings.incrementAndGet(), ProgressListener.NONE);
    }

    @Benchmark
    @SuppressWarnings("EnumOrdinal") // the ordinals only feed a checksum that keeps the reads live
    public long decodeOnly() throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    byte[] movie = new byte[Movies.TIMES * Movies.FRAME];
                    long sum = 0;
                    for (int i = next.getAndIncrement(); i < chunks.length; i = next.getAndIncrement()) {
                        sum += read(i / TRENCHES, i % TRENCHES, movie).kind().ordinal();
                    }
                    return sum;
                }));
            }
            long sum = 0;
            for (Future<Long> f : futures) {
                sum += f.get();
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }
}
