package io.maskgate.zarr.chunk;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.storage.LocalStorage;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.codec.CodecConfigException;
import io.maskgate.zarr.codec.CodecPipeline;
import io.maskgate.zarr.codec.TestArrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArrayChunkReaderTest {

    static final String ZSTD = "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"level\":0,\"checksum\":false}}]";

    @TempDir
    Path tmp;

    /** Writes chunk {@code coords} of the array in {@code dir} with value {@code v} everywhere. */
    static void writeChunk(Path dir, ZarrArrayMetadata m, long[] coords, byte v) throws IOException, CodecConfigException {
        CodecPipeline p = CodecPipeline.of(m);
        byte[] raw = new byte[p.rawBytes()];
        Arrays.fill(raw, v);
        Path file = dir.resolve(m.chunkKeyEncoding().key(coords));
        Files.createDirectories(file.getParent());
        Files.write(file, p.encode(raw));
    }

    @Test
    void readsPresentAndAbsentChunksAndCropsEdges() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {5, 7}, new int[] {2, 3}, ZSTD, "9");
        writeChunk(tmp, m, new long[] {0, 0}, (byte) 1);
        writeChunk(tmp, m, new long[] {2, 2}, (byte) 2);
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "data", null);
        assertArrayEquals(new long[] {3, 3}, reader.gridShape());
        assertEquals(9, reader.chunkCount());
        assertEquals(6, reader.chunkBytes());
        byte[] buf = new byte[6];
        try (ArrayChunkReader.Worker w = reader.newWorker()) {
            ChunkReadResult r = w.read(new long[] {0, 0}, buf);
            assertEquals(ChunkReadResult.Status.PRESENT, r.status());
            assertEquals("data/c/0/0", r.file());
            assertTrue(r.storedBytes() > 0);
            assertArrayEquals(new byte[] {1, 1, 1, 1, 1, 1}, buf);
            r = w.read(new long[] {1, 2}, buf);
            assertEquals(ChunkReadResult.Status.ABSENT, r.status());
            assertEquals(List.of(), r.findings());
            assertArrayEquals(new byte[] {9, 9, 9, 9, 9, 9}, buf);
            r = w.read(new long[] {2, 2}, buf);
            assertEquals(ChunkReadResult.Status.PRESENT, r.status());
        }
        assertArrayEquals(new int[] {1, 1}, reader.extent(new long[] {2, 2}, new int[2]));
        assertArrayEquals(new int[] {2, 3}, reader.extent(new long[] {0, 1}, new int[2]));
        long[] c = new long[2];
        int visited = 1;
        while (reader.next(c)) {
            visited++;
        }
        assertEquals(9, visited);
        assertArrayEquals(new long[] {0, 0}, c);
    }

    @Test
    void absentChunksCanLeaveTheBufferAlone() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {4, 3}, new int[] {2, 3}, ZSTD, "9");
        writeChunk(tmp, m, new long[] {0, 0}, (byte) 1);
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "data", null);
        byte[] buf = {7, 7, 7, 7, 7, 7};
        try (ArrayChunkReader.Worker w = reader.newWorker()) {
            assertEquals(ChunkReadResult.Status.ABSENT, w.read(new long[] {1, 0}, buf, false).status());
            assertArrayEquals(new byte[] {7, 7, 7, 7, 7, 7}, buf);
            assertEquals(ChunkReadResult.Status.PRESENT, w.read(new long[] {0, 0}, buf, false).status());
            assertArrayEquals(new byte[] {1, 1, 1, 1, 1, 1}, buf);
            assertEquals(ChunkReadResult.Status.ABSENT, w.read(new long[] {1, 0}, buf, true).status());
            assertArrayEquals(new byte[] {9, 9, 9, 9, 9, 9}, buf);
        }
    }

    @Test
    void v2KeyEncoding() throws Exception {
        ZarrArrayMetadata m = TestArrays.parse(TestArrays.json("uint8", new long[] {4, 4}, new int[] {2, 2}, ZSTD, "0", TestArrays.V2_KEYS));
        writeChunk(tmp, m, new long[] {1, 0}, (byte) 5);
        assertTrue(Files.isRegularFile(tmp.resolve("1.0")));
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "", null);
        byte[] buf = new byte[4];
        ChunkReadResult r = reader.read(new long[] {1, 0}, buf);
        assertEquals(ChunkReadResult.Status.PRESENT, r.status());
        assertEquals("1.0", r.file());
        assertArrayEquals(new byte[] {5, 5, 5, 5}, buf);
        assertEquals(ChunkReadResult.Status.ABSENT, reader.read(new long[] {0, 1}, buf).status());
    }

    @Test
    void errorsCarryTheChunkFileAndTheLocatorsLocation() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {3, 4, 2, 2}, new int[] {1, 1, 2, 2}, ZSTD, "0");
        Path chunk = tmp.resolve("c/2/3/0/0");
        Files.createDirectories(chunk.getParent());
        Files.write(chunk, new byte[] {1, 2, 3, 4, 5, 6});
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "data",
                ChunkLocator.maskStore(new long[] {50, 300, 550}, m.chunkShape()));
        ChunkReadResult r = reader.read(new long[] {2, 3, 0, 0}, new byte[4]);
        assertEquals(ChunkReadResult.Status.ERROR, r.status());
        List<Finding> f = r.findings();
        assertEquals(1, f.size());
        assertEquals("ZARR_CHUNK_CORRUPT", f.get(0).code());
        assertEquals("data/c/2/3/0/0", f.get(0).file());
        assertEquals(Location.mask(2, 550, 3, null, null), f.get(0).location());
    }

    @Test
    void oversizedFilesAreNotRead() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {100}, new int[] {100}, ZSTD, "0");
        // A sparse 3 GB file at the key: its size alone decides, nothing is read or allocated.
        Files.createDirectories(tmp.resolve("c"));
        try (var ch = java.nio.channels.FileChannel.open(tmp.resolve("c/0"), java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), 3L << 30);
        }
        ChunkReadResult r = ArrayChunkReader.open(new LocalStorage(tmp), m, "", null).read(new long[] {0}, new byte[100]);
        assertEquals(List.of("ZARR_CHUNK_OVERSIZED"), r.findings().stream().map(Finding::code).toList());

        ZarrArrayMetadata plain = TestArrays.meta("uint8", new long[] {100}, new int[] {100}, "[{\"name\":\"bytes\"}]", "0");
        r = ArrayChunkReader.open(new LocalStorage(tmp), plain, "", null).read(new long[] {0}, new byte[100]);
        assertEquals(List.of("ZARR_CHUNK_WRONG_LENGTH"), r.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aDirectoryAtAChunkKeyIsReported() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {4, 4}, new int[] {2, 2}, ZSTD, "0");
        Files.createDirectories(tmp.resolve("c/1/1"));
        ChunkReadResult r = ArrayChunkReader.open(new LocalStorage(tmp), m, "", null).read(new long[] {1, 1}, new byte[4]);
        assertEquals(ChunkReadResult.Status.ERROR, r.status());
        assertEquals("ZARR_CHUNK_CORRUPT", r.findings().get(0).code());
    }

    @Test
    void unsupportedCodecGivesOneArrayFindingAndSkipsChunks() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {4}, new int[] {2},
                "[{\"name\":\"bytes\"},{\"name\":\"lzma\"}]", "0");
        Files.createDirectories(tmp.resolve("c"));
        Files.write(tmp.resolve("c/0"), new byte[] {1, 2});
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "data", null);
        assertFalse(reader.decodable());
        Finding f = reader.arrayFinding().orElseThrow();
        assertEquals("ZARR_CODEC_UNAVAILABLE", f.code());
        assertEquals("data/zarr.json", f.file());
        assertEquals(Location.pointer("/codecs/1"), f.location());
        ChunkReadResult r = reader.read(new long[] {0}, new byte[2]);
        assertEquals(ChunkReadResult.Status.SKIPPED, r.status());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void invalidConfigurationsBecomeFindingsNotCrashes() {
        String[] bad = {
                "[]",
                "[{\"name\":\"zstd\"}]",
                "[{\"name\":\"bytes\"},{\"name\":\"bytes\"}]",
                "[{\"name\":\"bytes\"},{\"name\":\"transpose\",\"configuration\":{\"order\":[0]}}]",
                "[{\"name\":\"transpose\",\"configuration\":{\"order\":[0,0]}},{\"name\":\"bytes\"}]",
                "[{\"name\":\"transpose\",\"configuration\":{\"order\":\"x\"}},{\"name\":\"bytes\"}]",
                "[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"middle\"}}]",
                "[{\"name\":\"bytes\"},{\"name\":\"gzip\",\"configuration\":{\"level\":12}}]",
                "[{\"name\":\"bytes\"},{\"name\":\"zstd\",\"configuration\":{\"checksum\":\"yes\"}}]",
                "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[3],\"codecs\":[{\"name\":\"bytes\"}],\"index_codecs\":[{\"name\":\"bytes\"}]}}]",
                "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[2],\"codecs\":[],\"index_codecs\":[{\"name\":\"bytes\"}]}}]",
                "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[2],\"codecs\":[{\"name\":\"bytes\"}],\"index_codecs\":[{\"name\":\"bytes\"},{\"name\":\"zstd\"}]}}]",
                "[{\"name\":\"sharding_indexed\",\"configuration\":{\"chunk_shape\":[2],\"codecs\":[{\"name\":\"bytes\"}],\"index_codecs\":[{\"name\":\"bytes\"}],\"index_location\":\"middle\"}}]",
                "[{\"name\":\"bytes\"},{\"name\":\"blosc\",\"configuration\":{\"cname\":\"brotli\"}}]",
                "[{\"name\":\"bytes\"},{\"name\":\"blosc\",\"configuration\":{\"cname\":\"lz4\",\"shuffle\":7}}]",
        };
        for (String codecs : bad) {
            ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {4}, new int[] {4}, codecs, "0");
            ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "a", null);
            assertEquals("ZARR_CODEC_UNAVAILABLE", reader.arrayFinding().map(Finding::code).orElse("none"), codecs);
        }
        ZarrArrayMetadata badFill = TestArrays.meta("uint8", new long[] {4}, new int[] {4}, "[{\"name\":\"bytes\"}]", "300");
        assertEquals(Location.pointer("/fill_value"), ArrayChunkReader.open(new LocalStorage(tmp), badFill, "a", null).arrayFinding().orElseThrow().location());
    }

    @Test
    void workersOnSeveralThreadsShareOneReader() throws Exception {
        ZarrArrayMetadata m = TestArrays.meta("uint8", new long[] {8, 1000}, new int[] {1, 1000}, ZSTD, "0");
        for (int i = 0; i < 8; i++) {
            writeChunk(tmp, m, new long[] {i, 0}, (byte) (i + 1));
        }
        ArrayChunkReader reader = ArrayChunkReader.open(new LocalStorage(tmp), m, "", null);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int start = t;
            Thread th = new Thread(() -> {
                byte[] buf = new byte[1000];
                try (ArrayChunkReader.Worker w = reader.newWorker()) {
                    for (int rep = 0; rep < 50; rep++) {
                        for (int i = start; i < 8; i += 2) {
                            ChunkReadResult r = w.read(new long[] {i, 0}, buf);
                            if (r.status() != ChunkReadResult.Status.PRESENT || buf[0] != i + 1 || buf[999] != i + 1) {
                                throw new AssertionError("chunk " + i + ": " + r);
                            }
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(List.of(), failures);
    }
}
