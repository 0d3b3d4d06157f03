package io.maskgate.zarr.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.zarr.CodecSpec;
import io.maskgate.zarr.DataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte ranges a shard's index points to, as a ranged reader fetches them. */
class ShardLayoutTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long EMPTY = -1L;
    /** Six inner chunks: an index of 6 x 16 bytes and a 4-byte CRC-32C. */
    private static final int INDEX = 6 * 16 + 4;
    private static final int SHARD = 200;

    private static CodecPipeline sharded(String location, boolean crcAroundShard) throws CodecConfigException {
        ObjectNode sharding = MAPPER.createObjectNode().put("name", "sharding_indexed");
        ObjectNode cfg = sharding.putObject("configuration");
        cfg.putArray("chunk_shape").add(1);
        cfg.putArray("codecs").addObject().put("name", "bytes");
        ObjectNode bytes = MAPPER.createObjectNode().put("name", "bytes");
        bytes.putObject("configuration").put("endian", "little");
        cfg.putArray("index_codecs").add(bytes).addObject().put("name", "crc32c");
        cfg.put("index_location", location);
        List<CodecSpec> codecs = crcAroundShard
                ? List.of(new CodecSpec("sharding_indexed", cfg, "/codecs/0"),
                        new CodecSpec("crc32c", MAPPER.createObjectNode(), "/codecs/1"))
                : List.of(new CodecSpec("sharding_indexed", cfg, "/codecs/0"));
        return CodecPipeline.of(codecs, DataType.UINT8, new int[] {6}, FillValue.ofBytes(new byte[1]),
                CodecEnvironment.DEFAULT);
    }

    /** An encoded index of {@code entries} (offset, nbytes pairs) with its checksum. */
    private static byte[] index(long... entries) {
        ByteBuffer b = ByteBuffer.allocate(INDEX).order(ByteOrder.LITTLE_ENDIAN);
        for (long e : entries) {
            b.putLong(e);
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, INDEX - 4);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** Entries: three usable ranges, an empty chunk, one past the shard's end, one over the index at 100..200. */
    private static final long[] ENTRIES = {0, 10, 20, 5, 12, 3, EMPTY, EMPTY, 1000, 5, 90, 20};

    @Test
    void rangesAreSortedAndMergedWithinTheGapAndInvalidEntriesAreLeftOut() throws CodecConfigException {
        ShardLayout layout = sharded("end", false).shardLayout().orElseThrow();
        assertFalse(layout.indexAtStart());
        byte[] index = index(ENTRIES);
        assertArrayEquals(new long[] {0, 10, 12, 15, 20, 25}, layout.ranges(index, 0, SHARD, 0));
        assertArrayEquals(new long[] {0, 15, 20, 25}, layout.ranges(index, 0, SHARD, 2));
        assertArrayEquals(new long[] {0, 25}, layout.ranges(index, 0, SHARD, 5));
    }

    @Test
    void anIndexThatDoesNotDecodeGivesNoRanges() throws CodecConfigException {
        ShardLayout layout = sharded("start", false).shardLayout().orElseThrow();
        assertTrue(layout.indexAtStart());
        byte[] index = index(ENTRIES);
        index[INDEX - 1] ^= 0x5A;
        assertNull(layout.ranges(index, 0, SHARD, 0));
    }

    @Test
    void aShardInsideAnotherCodecCannotBeReadByRanges() throws CodecConfigException {
        assertTrue(sharded("end", true).shardLayout().isEmpty());
    }
}
