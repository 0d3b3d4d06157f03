package io.maskgate.benchmarks;

import io.maskgate.labels.LabelFindingSink;
import io.maskgate.labels.LabelRules;
import io.maskgate.labels.LabelStats;
import io.maskgate.labels.MovieChecker;
import io.maskgate.rules.RuleMeta;
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

/** Everything the scan does per frame after decoding: kernel, the label rules and the statistics. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class MovieCheckBenchmark {

    @Param({"16", "0"})
    public int hypothesis;

    private byte[] movie;
    private MovieChecker checker;
    private LabelStats stats;
    private final LabelFindingSink countOnly = new LabelFindingSink() {
        @Override
        public boolean count(RuleMeta rule) {
            return false;
        }

        @Override
        public void report(RuleMeta rule, int time, int label, String message) {
        }
    };

    @Setup(Level.Trial)
    public void setUp() {
        movie = Movies.realistic(hypothesis, 1);
        checker = new MovieChecker(Movies.TIMES, Movies.SPEC.height(), Movies.SPEC.width(),
                LabelRules.frameRules(15), LabelRules.movieRules());
        stats = new LabelStats(LabelRules.contentRules().size());
    }

    @Benchmark
    @OperationsPerInvocation(721)
    public LabelStats checkFrame() {
        checker.check(movie, countOnly, stats);
        return stats;
    }
}
