package io.maskgate.benchmarks;

import io.maskgate.labels.FrameAnalyzer;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The connected-components kernel alone: time per 164 x 34 frame ({@code FrameAnalyzer.analyze}),
 * over a whole realistic movie so the data comes from memory as in a scan.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class KernelBenchmark {

    /** 16 = epoch 3999 (final checkpoint), 0 = epoch 50 (noisy, fragmented); "empty" = a background movie. */
    @Param({"16", "0", "empty"})
    public String hypothesis;

    private byte[] movie;
    private FrameAnalyzer analyzer;

    @Setup(Level.Trial)
    public void setUp() {
        movie = hypothesis.equals("empty") ? new byte[Movies.TIMES * Movies.FRAME]
                : Movies.realistic(Integer.parseInt(hypothesis), 1);
        analyzer = new FrameAnalyzer(Movies.SPEC.height(), Movies.SPEC.width());
        long labels = 0;
        for (int t = 0; t < Movies.TIMES; t++) {
            analyzer.analyze(movie, t * Movies.FRAME);
            labels += analyzer.labelCount();
        }
        System.out.printf("%n[movie: %.1f objects per frame]%n", (double) labels / Movies.TIMES);
    }

    @Benchmark
    @OperationsPerInvocation(721)
    public int analyzeFrame() {
        int sum = 0;
        for (int t = 0, offset = 0; t < Movies.TIMES; t++, offset += Movies.FRAME) {
            analyzer.analyze(movie, offset);
            sum += analyzer.labelCount();
        }
        return sum;
    }
}
