package io.maskgate.benchmarks;

import io.maskgate.agreement.FrameMatch;
import io.maskgate.agreement.FrameMatcher;
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
 * The agreement matcher alone: time to match one 164 x 34 frame of a hypothesis to the same frame of the final
 * checkpoint (hypothesis 16), over whole realistic movies of one trench so the data comes from memory as in a scan.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class MatcherBenchmark {

    /** The hypothesis matched to the reference: 15 = a late checkpoint, 0 = epoch 50, 16 = the reference itself. */
    @Param({"15", "0", "16"})
    public int hypothesis;

    private byte[] reference;
    private byte[] movie;
    private FrameMatcher matcher;
    private final FrameMatch match = new FrameMatch();

    @Setup(Level.Trial)
    public void setUp() {
        reference = Movies.realistic(16, 1);
        movie = Movies.realistic(hypothesis, 1);
        matcher = new FrameMatcher(Movies.FRAME);
        long matched = 0;
        long objects = 0;
        for (int t = 0; t < Movies.TIMES; t++) {
            matcher.match(reference, t * Movies.FRAME, movie, t * Movies.FRAME, match);
            matched += match.matched();
            objects += match.referenceObjects();
        }
        System.out.printf("%n[%d of %d reference objects matched]%n", matched, objects);
    }

    @Benchmark
    @OperationsPerInvocation(721)
    public long matchFrame() {
        long sum = 0;
        for (int t = 0, offset = 0; t < Movies.TIMES; t++, offset += Movies.FRAME) {
            matcher.match(reference, offset, movie, offset, match);
            sum += match.matched();
        }
        return sum;
    }
}
