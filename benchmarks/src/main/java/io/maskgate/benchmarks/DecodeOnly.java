package io.maskgate.benchmarks;

import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkLocator;
import io.maskgate.zarr.chunk.ChunkReadResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of a full validation: reads and decodes every chunk of a mask store's {@code data} array
 * with the validator's own reader ({@link ArrayChunkReader}: reused read buffer, one-shot zstd into a
 * reused movie buffer), in the pixel scan's order (trench-major) and with its thread count, but runs
 * no label checks. {@code benchmarks/e2e.sh} runs it alternately with {@code maskgate validate}.
 *
 * <pre>java -Xmx512m -cp benchmarks/target/benchmarks.jar io.maskgate.benchmarks.DecodeOnly STORE [threads]</pre>
 *
 * Prints one line of {@code key=value} pairs: {@code seconds} (decode phase), {@code chunks},
 * {@code present}, {@code absent}, {@code failed}, {@code rawBytes} (decoded bytes of present
 * chunks), {@code storedBytes} (chunk file bytes read), {@code threads}.
 */
public final class DecodeOnly {

    private DecodeOnly() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DecodeOnly STORE [threads]");
            System.exit(2);
        }
        Path store = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<String> problems = new ArrayList<>();
        ZarrArrayMetadata data = new ZarrMetadataReader()
                .readArray(new LocalStorage(store), "data/zarr.json", "data/zarr.json", f -> problems.add(f.toString()))
                .orElse(null);
        if (data == null || data.shape().length != 5 || !Files.isDirectory(store.resolve("data"))) {
            System.err.println("not a readable mask store: " + problems);
            System.exit(3);
        }
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(store.resolve("data")), data, "data", ChunkLocator.NONE);
        if (!reader.decodable()) {
            System.err.println("codecs not decodable: " + reader.arrayFinding());
            System.exit(3);
        }
        long[] grid = reader.gridShape();
        int hypotheses = (int) grid[0];
        int trenches = (int) grid[1];
        long total = (long) hypotheses * trenches;
        if (grid[2] != 1 || grid[3] != 1 || grid[4] != 1) {
            System.err.println("expects one movie per chunk (chunk shape [1, 1, T, Y, X])");
            System.exit(3);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong present = new AtomicLong();
        AtomicLong absent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        long start = System.nanoTime();
        Thread[] pool = new Thread[threads];
        for (int w = 0; w < threads; w++) {
            pool[w] = new Thread(() -> {
                byte[] movie = new byte[reader.chunkBytes()];
                long[] c = new long[5];
                long p = 0;
                long a = 0;
                long f = 0;
                long s = 0;
                try (ArrayChunkReader.Worker worker = reader.newWorker()) {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        c[0] = i % hypotheses;  // trench-major, as the pixel scan hands chunks out
                        c[1] = i / hypotheses;
                        ChunkReadResult r = worker.read(c, movie, false);  // as the pixel scan reads
                        switch (r.status()) {
                            case PRESENT -> {
                                p++;
                                s += r.storedBytes();
                            }
                            case ABSENT -> a++;
                            default -> f++;
                        }
                    }
                }
                present.addAndGet(p);
                absent.addAndGet(a);
                failed.addAndGet(f);
                stored.addAndGet(s);
            }, "decode-only-" + w);
            pool[w].start();
        }
        for (Thread t : pool) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seconds=%.3f chunks=%d present=%d absent=%d failed=%d rawBytes=%d storedBytes=%d threads=%d%n",
                seconds, total, present.get(), absent.get(), failed.get(), present.get() * reader.chunkBytes(),
                stored.get(), threads);
    }
}
