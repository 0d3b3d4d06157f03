package io.maskgate.zarr.codec;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code sharding_indexed}: a shard holds inner chunks, each encoded with the inner codecs, plus an
 * index of (offset, nbytes) uint64 pairs in C order of the inner grid, encoded with the index codecs
 * and stored at the start or the end. Both values 2^64-1 mean an empty inner chunk (fill value).
 * Every index entry is checked against the shard's size, the index's own bytes and the other
 * entries before any inner chunk is decoded.
 */
final class ShardingCodec implements ArrayToBytesCodec {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EMPTY = -1L;

    private final int[] shardShape;
    private final int[] innerShape;
    private final int[] innerGrid;
    private final int innerCount;
    private final int itemSize;
    private final FillValue fill;
    private final CodecPipeline inner;
    private final CodecPipeline index;
    private final int indexBytes;
    private final boolean indexAtStart;
    private final long maxEncoded;

    ShardingCodec(int[] shardShape, int[] innerShape, int itemSize, FillValue fill, CodecPipeline inner,
                  CodecPipeline index, int indexBytes, boolean indexAtStart) {
        this.shardShape = shardShape.clone();
        this.innerShape = innerShape.clone();
        this.innerGrid = new int[shardShape.length];
        long n = 1;
        for (int d = 0; d < shardShape.length; d++) {
            innerGrid[d] = shardShape[d] / innerShape[d];
            n *= innerGrid[d];
        }
        this.innerCount = (int) n;
        this.itemSize = itemSize;
        this.fill = fill;
        this.inner = inner;
        this.index = index;
        this.indexBytes = indexBytes;
        this.indexAtStart = indexAtStart;
        this.maxEncoded = indexBytes + innerCount * inner.maxEncodedBytes();
    }

    @Override
    public String name() {
        return "sharding_indexed";
    }

    @Override
    public long maxEncodedSize() {
        return maxEncoded;
    }

    @Override
    public long fixedEncodedSize() {
        return -1;
    }

    @Override
    public boolean passthrough() {
        return false;
    }

    /** Encodes a shard; inner chunks holding only the fill value are stored as empty, as zarr-python does. */
    @Override
    public byte[] encode(byte[] array) {
        byte[] indexRaw = new byte[innerCount * 16];
        byte[] innerRaw = new byte[inner.rawBytes()];
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int base = indexAtStart ? indexBytes : 0;
        int[] g = new int[innerGrid.length];
        for (int i = 0; i < innerCount; i++) {
            gridCoords(i, g);
            copyRegion(array, g, innerRaw, false);
            if (fill.isFilled(innerRaw, 0, innerRaw.length)) {
                LONG_LE.set(indexRaw, 16 * i, EMPTY);
                LONG_LE.set(indexRaw, 16 * i + 8, EMPTY);
                continue;
            }
            byte[] enc = inner.encode(innerRaw);
            LONG_LE.set(indexRaw, 16 * i, (long) base + data.size());
            LONG_LE.set(indexRaw, 16 * i + 8, (long) enc.length);
            data.write(enc, 0, enc.length);
        }
        byte[] indexEnc = index.encode(indexRaw);
        byte[] out = new byte[indexEnc.length + data.size()];
        byte[] d = data.toByteArray();
        if (indexAtStart) {
            System.arraycopy(indexEnc, 0, out, 0, indexEnc.length);
            System.arraycopy(d, 0, out, indexEnc.length, d.length);
        } else {
            System.arraycopy(d, 0, out, 0, d.length);
            System.arraycopy(indexEnc, 0, out, d.length, indexEnc.length);
        }
        return out;
    }

    private void gridCoords(int linear, int[] g) {
        for (int d = g.length - 1; d >= 0; d--) {
            g[d] = linear % innerGrid[d];
            linear /= innerGrid[d];
        }
    }

    /**
     * Copies between the inner chunk at grid coords {@code g} of the shard array and a C-order
     * inner buffer: shard → inner, or inner → shard when {@code toShard}.
     */
    private void copyRegion(byte[] shard, int[] g, byte[] innerBuf, boolean toShard) {
        int rank = shardShape.length;
        if (rank == 0) {
            if (toShard) {
                System.arraycopy(innerBuf, 0, shard, 0, itemSize);
            } else {
                System.arraycopy(shard, 0, innerBuf, 0, itemSize);
            }
            return;
        }
        int row = innerShape[rank - 1] * itemSize;
        int rows = inner.rawBytes() / Math.max(1, row);
        int[] idx = new int[rank - 1];
        for (int r = 0, p = 0; r < rows; r++, p += row) {
            long off = 0;
            long stride = (long) itemSize * shardShape[rank - 1];
            off += ((long) g[rank - 1] * innerShape[rank - 1]) * itemSize;
            for (int d = rank - 2; d >= 0; d--) {
                off += ((long) g[d] * innerShape[d] + idx[d]) * stride;
                stride *= shardShape[d];
            }
            if (toShard) {
                System.arraycopy(innerBuf, p, shard, (int) off, row);
            } else {
                System.arraycopy(shard, (int) off, innerBuf, p, row);
            }
            for (int d = rank - 2; d >= 0; d--) {
                if (++idx[d] < innerShape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    private void fillRegion(byte[] shard, int[] g, byte[] scratch) {
        fill.fill(scratch, 0, inner.rawBytes());
        copyRegion(shard, g, scratch, true);
    }

    int indexBytes() {
        return indexBytes;
    }

    boolean indexAtStart() {
        return indexAtStart;
    }

    /**
     * The (offset, nbytes) pairs of the encoded index {@code src[off, off + indexBytes)}, as stored (2^64-1 for
     * empty), or null when the index does not decode (its checksum fails).
     */
    long[] indexEntries(byte[] src, int off) {
        byte[] raw = new byte[innerCount * 16];
        List<ChunkProblem> problems = new ArrayList<>();
        try (ChunkDecoder d = index.newDecoder()) {
            if (!d.decode(src, off, indexBytes, raw, problems)) {
                return null;
            }
        }
        long[] entries = new long[innerCount * 2];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = (long) LONG_LE.get(raw, 8 * i);
        }
        return entries;
    }

    @Override
    public Decoder newDecoder() {
        return new ShardDecoder();
    }

    private final class ShardDecoder implements Decoder {
        private final ChunkDecoder innerDecoder = inner.newDecoder();
        private final ChunkDecoder indexDecoder = index.newDecoder();
        private final byte[] indexRaw = new byte[innerCount * 16];
        private final long[] ranges = new long[innerCount];
        private final int[] g = new int[innerGrid.length];
        private final List<ChunkProblem> innerProblems = new ArrayList<>();
        private byte[] innerRaw;

        @Override
        public void decode(byte[] src, int off, int len, byte[] dst, List<ChunkProblem> problems) throws ChunkDecodeException {
            if (len < indexBytes) {
                throw new ChunkDecodeException(ChunkProblemKind.TRUNCATED,
                        "shard of " + len + " bytes is shorter than its " + indexBytes + "-byte index");
            }
            int indexStart = indexAtStart ? 0 : len - indexBytes;
            innerProblems.clear();
            if (!indexDecoder.decode(src, off + indexStart, indexBytes, indexRaw, innerProblems)) {
                ChunkProblem p = innerProblems.get(0);
                throw new ChunkDecodeException(p.kind(), "shard index: " + p.message());
            }
            if (innerRaw == null) {
                innerRaw = new byte[inner.rawBytes()];
            }
            int valid = 0;
            int invalid = 0;
            String firstInvalid = null;
            for (int i = 0; i < innerCount; i++) {
                long o = (long) LONG_LE.get(indexRaw, 16 * i);
                long n = (long) LONG_LE.get(indexRaw, 16 * i + 8);
                if (o == EMPTY && n == EMPTY) {
                    continue;
                }
                String why = null;
                if (o == EMPTY || n == EMPTY) {
                    why = "only one of offset and nbytes is 2^64-1";
                } else if (o < 0 || n < 0 || o > len || n > len - o) {
                    why = "offset " + Long.toUnsignedString(o) + " + nbytes " + Long.toUnsignedString(n)
                            + " is outside the shard's " + len + " bytes";
                } else if (o < indexStart + indexBytes && o + n > indexStart) {
                    why = "range " + o + ".." + (o + n) + " overlaps the index at " + indexStart + ".." + (indexStart + indexBytes);
                }
                if (why != null) {
                    if (invalid++ == 0) {
                        firstInvalid = "inner chunk " + coords(i) + ": " + why;
                    }
                    // Not decodable: the caller must not take the region for data.
                    LONG_LE.set(indexRaw, 16 * i, EMPTY);
                    LONG_LE.set(indexRaw, 16 * i + 8, 0L);
                    continue;
                }
                // o < len <= Integer.MAX_VALUE, so offset and inner index pack into one long.
                ranges[valid++] = o << 32 | i;
            }
            if (invalid > 0) {
                problems.add(new ChunkProblem(ChunkProblemKind.SHARD_INDEX, "shard index: " + firstInvalid
                        + (invalid > 1 ? " (" + invalid + " invalid entries)" : "")));
            }
            checkOverlaps(valid, problems);
            for (int i = 0; i < innerCount; i++) {
                long o = (long) LONG_LE.get(indexRaw, 16 * i);
                long n = (long) LONG_LE.get(indexRaw, 16 * i + 8);
                gridCoords(i, g);
                if (o == EMPTY) {
                    fillRegion(dst, g, innerRaw);
                    continue;
                }
                innerProblems.clear();
                if (innerDecoder.decode(src, off + (int) o, (int) n, innerRaw, innerProblems)) {
                    copyRegion(dst, g, innerRaw, true);
                } else {
                    String where = "inner chunk " + coords(i) + ": ";
                    for (ChunkProblem p : innerProblems) {
                        problems.add(new ChunkProblem(p.kind(), where + p.message()));
                    }
                    fillRegion(dst, g, innerRaw);
                }
            }
        }

        private void checkOverlaps(int valid, List<ChunkProblem> problems) {
            if (valid < 2) {
                return;
            }
            Arrays.sort(ranges, 0, valid);
            int overlaps = 0;
            String first = null;
            long prevStart = -1;
            long prevEnd = -1;
            int prevIdx = -1;
            for (int k = 0; k < valid; k++) {
                int i = (int) ranges[k];
                long start = ranges[k] >>> 32;
                long end = start + (long) LONG_LE.get(indexRaw, 16 * i + 8);
                // Identical ranges are allowed: a writer may store equal inner chunks once.
                boolean same = start == prevStart && end == prevEnd;
                if (!same && start < prevEnd) {
                    if (overlaps++ == 0) {
                        first = "inner chunks " + coords(prevIdx) + " and " + coords(i) + " overlap (bytes "
                                + prevStart + ".." + prevEnd + " and " + start + ".." + end + ")";
                    }
                }
                if (end > prevEnd) {
                    prevStart = start;
                    prevEnd = end;
                    prevIdx = i;
                }
            }
            if (overlaps > 0) {
                problems.add(new ChunkProblem(ChunkProblemKind.SHARD_INDEX, "shard index: " + first
                        + (overlaps > 1 ? " (" + overlaps + " overlaps)" : "")));
            }
        }

        private String coords(int linear) {
            int[] c = new int[innerGrid.length];
            gridCoords(linear, c);
            return Arrays.toString(c);
        }

        @Override
        public void close() {
            innerDecoder.close();
            indexDecoder.close();
        }
    }
}
