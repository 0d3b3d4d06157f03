package io.maskgate.zarr.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the parts of a stored shard are, for readers that fetch a shard by ranges instead of whole: the index at
 * the start or the end, and the byte ranges its entries point to. Only for arrays whose stored chunk is the
 * shard itself ({@code sharding_indexed} with no bytes-to-bytes codec after it). Thread-safe.
 */
public final class ShardLayout {

    private final ShardingCodec codec;

    ShardLayout(ShardingCodec codec) {
        this.codec = codec;
    }

    /** The encoded index's size in bytes. */
    public int indexBytes() {
        return codec.indexBytes();
    }

    /** True when the index is stored at the start of the shard, false at the end. */
    public boolean indexAtStart() {
        return codec.indexAtStart();
    }

    /**
     * The byte ranges of the inner chunks the encoded index {@code index[off, off + indexBytes)} points to, in a
     * shard of {@code shardSize} bytes: sorted, merged where they overlap or lie at most {@code maxGap} bytes
     * apart, as {start, end} pairs (end exclusive). Entries the decoder would refuse (outside the shard, over the
     * index, half empty) are left out: their bytes are never decoded. Null when the index itself does not decode:
     * then no inner chunk is read either.
     */
    public long[] ranges(byte[] index, int off, long shardSize, long maxGap) {
        long[] entries = codec.indexEntries(index, off);
        if (entries == null) {
            return null;
        }
        List<long[]> valid = new ArrayList<>();
        long indexStart = codec.indexAtStart() ? 0 : shardSize - codec.indexBytes();
        long indexEnd = indexStart + codec.indexBytes();
        for (int i = 0; i < entries.length; i += 2) {
            long o = entries[i];
            long n = entries[i + 1];
            boolean usable = o >= 0 && n > 0 && o <= shardSize && n <= shardSize - o
                    && !(o < indexEnd && o + n > indexStart);
            if (usable) {
                valid.add(new long[] {o, o + n});
            }
        }
        valid.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] merged = new long[valid.size() * 2];
        int m = 0;
        for (long[] r : valid) {
            if (m > 0 && r[0] <= merged[m - 1] + maxGap) {
                merged[m - 1] = Math.max(merged[m - 1], r[1]);
            } else {
                merged[m++] = r[0];
                merged[m++] = r[1];
            }
        }
        return Arrays.copyOf(merged, m);
    }
}
