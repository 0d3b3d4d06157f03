package io.maskgate.benchmarks;

import com.github.luben.zstd.ZstdDecompressCtx;
import io.maskgate.fixtures.MaskStoreGenerator;
import io.maskgate.store.kernel.ChunkStatus;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.store.scan.ChunkSource;
import io.maskgate.store.scan.PixelScanner;
import io.maskgate.store.scan.ScanConfig;
import io.maskgate.validation.ProgressListener;
import io.maskgate.zarr.codec.CodecPipeline;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole pixel scan against the decode-only floor, both with the same threads over the same
 * in-memory zstd chunks (17 hypotheses x N trenches of the generator's demo store): the scan's kernels
 * decode them with the codec pipeline, the floor with zstd-jni alone. Measured as
 * wall time and as process CPU time, interleaved round by round. CPU time holds on a machine shared
 * with other work; wall time is what a user sees on an idle one.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.maskgate.benchmarks.ScanCpuComparison [threads] [trenches] [rounds]</pre>
 */
public final class ScanCpuComparison {

    private ScanCpuComparison() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int trenches = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        int hypotheses = Movies.SPEC.hypotheses();
        byte[][] chunks = new byte[hypotheses * trenches][];
        boolean[] empty = Movies.SPEC.emptyTrenches();
        long present = 0;
        for (int h = 0; h < hypotheses; h++) {
            for (int t = 0; t < trenches; t++) {
                if (!empty[t]) {
                    chunks[h * trenches + t] = Movies.compress(MaskStoreGenerator.renderMovie(Movies.SPEC, h, t));
                    present++;
                }
            }
        }
        StoreGeometry geometry = Movies.geometry(trenches);
        CodecPipeline pipeline = Movies.pipeline();
        ThreadLocal<ZstdDecompressCtx> contexts = ThreadLocal.withInitial(ZstdDecompressCtx::new);
        ChunkSource source = (c, into) -> {
            byte[] chunk = chunks[(int) c[0] * trenches + (int) c[1]];
            if (chunk == null) {
                return ChunkStatus.ABSENT;
            }
            into.wrap(chunk);
            return ChunkStatus.PRESENT;
        };
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] scanWall = new double[rounds];
        double[] scanCpu = new double[rounds];
        double[] decodeWall = new double[rounds];
        double[] decodeCpu = new double[rounds];
        long framesPresent = present * Movies.TIMES;
        for (int r = -3; r < rounds; r++) {
            long w0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            decodeOnly(chunks, threads, contexts);
            long w1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            new PixelScanner(ScanConfig.defaults().withThreads(threads))
                    .scan(source, geometry, pipeline, f -> { }, ProgressListener.NONE);
            long w2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            if (r >= 0) {
                decodeWall[r] = (w1 - w0) / 1e6;
                decodeCpu[r] = (c1 - c0) / 1e6;
                scanWall[r] = (w2 - w1) / 1e6;
                scanCpu[r] = (c2 - c1) / 1e6;
            }
        }
        double dw = median(decodeWall);
        double dc = median(decodeCpu);
        double sw = median(scanWall);
        double sc = median(scanCpu);
        System.out.printf("%d threads, %d chunks (%d present, %d frames decoded):%n", threads, chunks.length, present, framesPresent);
        System.out.printf("  decode only: %7.1f ms wall, %7.1f ms CPU (%.0f ns CPU per frame)%n", dw, dc, dc * 1e6 / framesPresent);
        System.out.printf("  whole scan : %7.1f ms wall, %7.1f ms CPU (%.0f ns CPU per frame)%n", sw, sc, sc * 1e6 / framesPresent);
        System.out.printf("  scan / decode-only: %.2f x wall, %.2f x CPU%n", sw / dw, sc / dc);
    }

    private static void decodeOnly(byte[][] chunks, int threads, ThreadLocal<ZstdDecompressCtx> contexts)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Thread[] pool = new Thread[threads];
        for (int w = 0; w < threads; w++) {
            pool[w] = new Thread(() -> {
                byte[] movie = new byte[Movies.TIMES * Movies.FRAME];
                for (int i = next.getAndIncrement(); i < chunks.length; i = next.getAndIncrement()) {
                    if (chunks[i] != null) {
                        contexts.get().decompressByteArray(movie, 0, movie.length, chunks[i], 0, chunks[i].length);
                    }
                }
            });
            pool[w].start();
        }
        for (Thread t : pool) {
            t.join();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
