package io.maskgate.benchmarks;

import com.github.luben.zstd.ZstdDecompressCtx;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The decode-only floor: zstd-jni decompressing one realistic 4 MB movie (721 frames) into a reused
 * buffer, reported per frame so it compares with the kernel (MB/s = 5,576 / ns per frame × 1,000).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class DecodeBenchmark {

    @Param({"16", "0"})
    public int hypothesis;

    private byte[] compressed;
    private byte[] movie;
    private ZstdDecompressCtx ctx;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] raw = Movies.realistic(hypothesis, 1);
        compressed = Movies.compress(raw);
        movie = new byte[raw.length];
        ctx = new ZstdDecompressCtx();
        System.out.printf("%n[movie: %d bytes raw, %d compressed, ratio %.1f]%n", raw.length, compressed.length,
                (double) raw.length / compressed.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ctx.close();
    }

    @Benchmark
    @OperationsPerInvocation(721)
    public int decodeFrame() {
        return ctx.decompressByteArray(movie, 0, movie.length, compressed, 0, compressed.length);
    }
}
