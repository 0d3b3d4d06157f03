package io.maskgate.benchmarks;

import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkLocator;
import io.maskgate.zarr.chunk.ChunkReadResult;
import io.maskgate.zarr.chunk.EncodedChunk;
import io.maskgate.zarr.chunk.StoredChunkDecoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of a full validation: reads and decodes every chunk of a mask store's {@code data} array
 * the way the pixel scan does, but runs no label checks: each thread takes a trench, fetches the stored
 * chunks of all its hypotheses with the validator's own reader ({@link ArrayChunkReader#fetch} into reused
 * holders), then decodes them one by one ({@link StoredChunkDecoder}: one-shot zstd into a reused movie
 * buffer), with the scan's thread count. {@code benchmarks/e2e.sh} runs it alternately with
 * {@code maskgate validate}.
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
                EncodedChunk[] held = new EncodedChunk[hypotheses];
                ChunkReadResult.Status[] fetched = new ChunkReadResult.Status[hypotheses];
                for (int h = 0; h < hypotheses; h++) {
                    held[h] = new EncodedChunk();
                }
                long[] c = new long[5];
                long p = 0;
                long a = 0;
                long f = 0;
                long s = 0;
                try (StoredChunkDecoder decoder = new StoredChunkDecoder(reader.pipeline(), ChunkLocator.NONE)) {
                    for (int t = next.getAndIncrement(); t < trenches; t = next.getAndIncrement()) {
                        c[1] = t;  // trench by trench, every hypothesis fetched first, as the pixel scan does
                        for (int h = 0; h < hypotheses; h++) {
                            c[0] = h;
                            fetched[h] = reader.fetch(c, held[h]).status();
                        }
                        for (int h = 0; h < hypotheses; h++) {
                            switch (fetched[h]) {
                                case PRESENT -> {
                                    if (decoder.decode(held[h].bytes(), held[h].length(), movie)) {
                                        p++;
                                        s += held[h].length();
                                    } else {
                                        f++;
                                    }
                                }
                                case ABSENT -> a++;
                                default -> f++;
                            }
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
