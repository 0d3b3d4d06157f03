package io.maskgate.benchmarks;

import com.github.luben.zstd.ZstdDecompressCtx;
import io.maskgate.labels.FrameAnalyzer;
import io.maskgate.labels.LabelFindingSink;
import io.maskgate.labels.LabelRules;
import io.maskgate.labels.LabelStats;
import io.maskgate.labels.MovieChecker;
import io.maskgate.rules.RuleMeta;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Decode vs kernel vs full per-frame check, measured in this thread's CPU time and interleaved
 * round by round, so the ratios hold on a machine shared with other work (where JMH's wall-clock
 * figures swing with the load). Prints the median of each over the rounds, per 164 x 34 frame.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.maskgate.benchmarks.CpuTimeComparison [rounds]</pre>
 */
public final class CpuTimeComparison {

    private CpuTimeComparison() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int frames = Movies.TIMES;
        for (int hypothesis : new int[] {16, 0}) {
            byte[] raw = Movies.realistic(hypothesis, 1);
            byte[] packed = Movies.compress(raw);
            byte[] movie = new byte[raw.length];
            FrameAnalyzer analyzer = new FrameAnalyzer(Movies.SPEC.height(), Movies.SPEC.width());
            MovieChecker checker = new MovieChecker(frames, Movies.SPEC.height(), Movies.SPEC.width(),
                    LabelRules.frameRules(15), LabelRules.movieRules());
            LabelStats stats = new LabelStats(LabelRules.contentRules().size());
            LabelFindingSink countOnly = new LabelFindingSink() {
                @Override
                public boolean count(RuleMeta rule) {
                    return false;
                }

                @Override
                public void report(RuleMeta rule, int time, int label, String message) {
                }
            };
            double[] decode = new double[rounds];
            double[] kernel = new double[rounds];
            double[] check = new double[rounds];
            long sink = 0;
            try (ZstdDecompressCtx ctx = new ZstdDecompressCtx()) {
                for (int r = -5; r < rounds; r++) { // 5 rounds of warm-up
                    long t0 = bean.getCurrentThreadCpuTime();
                    for (int k = 0; k < 4; k++) {
                        sink += ctx.decompressByteArray(movie, 0, movie.length, packed, 0, packed.length);
                    }
                    long t1 = bean.getCurrentThreadCpuTime();
                    for (int k = 0; k < 4; k++) {
                        for (int t = 0; t < frames; t++) {
                            analyzer.analyze(movie, t * Movies.FRAME);
                            sink += analyzer.labelCount();
                        }
                    }
                    long t2 = bean.getCurrentThreadCpuTime();
                    for (int k = 0; k < 4; k++) {
                        checker.check(movie, countOnly, stats);
                    }
                    long t3 = bean.getCurrentThreadCpuTime();
                    if (r >= 0) {
                        decode[r] = (t1 - t0) / (4.0 * frames);
                        kernel[r] = (t2 - t1) / (4.0 * frames);
                        check[r] = (t3 - t2) / (4.0 * frames);
                    }
                }
            }
            double d = median(decode);
            double kn = median(kernel);
            double c = median(check);
            System.out.printf("hypothesis %2d (epoch %4d, ratio %.1f): decode %6.0f ns/frame (%5.0f MB/s), kernel %6.0f ns/frame"
                            + " (%.2f x decode), kernel+rules+stats %6.0f ns/frame (%.2f x decode) [%d]%n",
                    hypothesis, Movies.SPEC.epochs().get(hypothesis), (double) raw.length / packed.length, d,
                    Movies.FRAME / d * 1000, kn, kn / d, c, c / d, sink % 10);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
