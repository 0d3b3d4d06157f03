package io.maskgate.zarr.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.zarr.CodecSpec;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.ZarrArrayMetadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The codecs of one array (or of a shard's inner chunks or index), built once from metadata and
 * shared by all threads. {@link #newDecoder()} gives each thread a {@link ChunkDecoder} that decodes
 * stored chunks into a caller-owned buffer of {@link #rawBytes()} bytes: the chunk's elements in
 * C order, little-endian, transposes undone. Every decode is bounded by that size.
 */
public final class CodecPipeline {

    /** Largest Java array we allocate for one chunk. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    static final int TARGET_IN_PLACE = -1;
    static final int TARGET_ARRAY_INPUT = 0;
    static final int TARGET_SCRATCH_A = 1;
    static final int TARGET_SCRATCH_B = 2;

    private final DataType dataType;
    private final int[] chunkShape;
    private final int[] encodedShape;
    private final FillValue fill;
    private final int rawBytes;
    private final int[] transposeOrder;
    private final int[] inverseOrder;
    private final ArrayToBytesCodec arrayToBytes;
    private final BytesToBytesCodec[] bytesCodecs;
    private final long maxEncodedBytes;
    private final long fixedEncodedBytes;
    // Decode plan, in decode order (bytesCodecs reversed).
    private final int[] targets;
    private final int[] caps;
    private final int scratchACap;
    private final int scratchBCap;
    private final int arrayInputCap;

    private CodecPipeline(DataType dataType, int[] chunkShape, int[] encodedShape, FillValue fill, int rawBytes,
                          int[] transposeOrder, ArrayToBytesCodec arrayToBytes, List<BytesToBytesCodec> bytesCodecs) {
        this.dataType = dataType;
        this.chunkShape = chunkShape;
        this.encodedShape = encodedShape;
        this.fill = fill;
        this.rawBytes = rawBytes;
        this.transposeOrder = transposeOrder;
        this.inverseOrder = transposeOrder == null ? null : Transpose.inverse(transposeOrder);
        this.arrayToBytes = arrayToBytes;
        this.bytesCodecs = bytesCodecs.toArray(new BytesToBytesCodec[0]);
        int n = this.bytesCodecs.length;
        long[] enc = new long[n + 1];
        enc[0] = arrayToBytes.maxEncodedSize();
        long fixed = arrayToBytes.fixedEncodedSize();
        for (int j = 0; j < n; j++) {
            enc[j + 1] = Math.min(MAX_ARRAY, this.bytesCodecs[j].maxEncodedSize(enc[j]));
            fixed = fixed >= 0 && this.bytesCodecs[j].fixedSize() ? this.bytesCodecs[j].maxEncodedSize(fixed) : -1;
        }
        this.maxEncodedBytes = Math.min(MAX_ARRAY, enc[n]);
        this.fixedEncodedBytes = fixed;
        this.targets = new int[n];
        this.caps = new int[n];
        int lastCopying = -1;
        for (int k = 0; k < n; k++) {
            if (!this.bytesCodecs[n - 1 - k].inPlace()) {
                lastCopying = k;
            }
        }
        int a = 0;
        int b = 0;
        boolean nextIsA = true;
        for (int k = 0; k < n; k++) {
            BytesToBytesCodec c = this.bytesCodecs[n - 1 - k];
            caps[k] = (int) Math.min(MAX_ARRAY, enc[n - 1 - k]);
            if (c.inPlace()) {
                targets[k] = TARGET_IN_PLACE;
            } else if (k == lastCopying && k == n - 1) {
                // The outermost decode step writes where the array→bytes codec reads.
                targets[k] = TARGET_ARRAY_INPUT;
            } else {
                targets[k] = nextIsA ? TARGET_SCRATCH_A : TARGET_SCRATCH_B;
                if (nextIsA) {
                    a = Math.max(a, caps[k]);
                } else {
                    b = Math.max(b, caps[k]);
                }
                nextIsA = !nextIsA;
            }
        }
        this.scratchACap = a;
        this.scratchBCap = b;
        this.arrayInputCap = (int) Math.min(MAX_ARRAY, enc[0]);
    }

    /** The pipeline of an array's chunks, with Blosc loaded lazily on first use. */
    public static CodecPipeline of(ZarrArrayMetadata metadata) throws CodecConfigException {
        return of(metadata, CodecEnvironment.DEFAULT);
    }

    /** The pipeline of an array's chunks in a given codec environment. */
    public static CodecPipeline of(ZarrArrayMetadata metadata, CodecEnvironment env) throws CodecConfigException {
        FillValue fill = FillValue.parse(metadata.dataType(), metadata.fillValue());
        return of(metadata.codecs(), metadata.dataType(), metadata.chunkShape(), fill, env);
    }

    /** A pipeline over chunks of {@code chunkShape}. */
    public static CodecPipeline of(List<CodecSpec> codecs, DataType type, int[] chunkShape, FillValue fill,
                                   CodecEnvironment env) throws CodecConfigException {
        int rank = chunkShape.length;
        long raw = type.byteSize();
        for (int d : chunkShape) {
            if (d <= 0) {
                throw new CodecConfigException("/chunk_grid/configuration/chunk_shape", "chunk shape "
                        + Arrays.toString(chunkShape) + " has a size that is not positive");
            }
            raw *= d;
            if (raw > MAX_ARRAY) {
                throw new CodecConfigException("/chunk_grid/configuration/chunk_shape", "a chunk of shape "
                        + Arrays.toString(chunkShape) + " is larger than 2 GiB and cannot be decoded in one piece");
            }
        }
        if (codecs == null || codecs.isEmpty()) {
            throw new CodecConfigException("/codecs", "the codecs list is empty");
        }
        int[] order = null;
        int[] encodedShape = chunkShape.clone();
        ArrayToBytesCodec a2b = null;
        List<BytesToBytesCodec> b2b = new ArrayList<>();
        for (CodecSpec spec : codecs) {
            String p = spec.pointer();
            JsonNode cfg = spec.configuration();
            switch (spec.name()) {
                case "transpose" -> {
                    if (a2b != null) {
                        throw new CodecConfigException(p, "transpose comes after the array→bytes codec");
                    }
                    int[] o = permutation(cfg.get("order"), rank, p + "/configuration/order");
                    order = order == null ? o : compose(order, o);
                    int[] next = new int[rank];
                    for (int i = 0; i < rank; i++) {
                        next[i] = encodedShape[o[i]];
                    }
                    encodedShape = next;
                }
                case "bytes", "sharding_indexed" -> {
                    if (a2b != null) {
                        throw new CodecConfigException(p, "a second array→bytes codec (" + spec.name() + ")");
                    }
                    a2b = spec.name().equals("bytes") ? bytesCodec(cfg, type, (int) raw, p)
                            : sharding(cfg, type, encodedShape, fill, env, p);
                }
                case "zstd", "gzip", "blosc", "crc32c" -> {
                    if (a2b == null) {
                        throw new CodecConfigException(p, spec.name() + " comes before the array→bytes codec");
                    }
                    b2b.add(bytesToBytes(spec.name(), cfg, type, env, p));
                }
                default -> throw new CodecConfigException(p, "codec '" + spec.name() + "' is not supported by maskgate");
            }
        }
        if (a2b == null) {
            throw new CodecConfigException("/codecs", "no array→bytes codec (bytes or sharding_indexed)");
        }
        return new CodecPipeline(type, chunkShape.clone(), encodedShape, fill, (int) raw, order, a2b, b2b);
    }

    private static int[] compose(int[] first, int[] second) {
        int[] r = new int[first.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = first[second[i]];
        }
        return r;
    }

    private static int[] permutation(JsonNode node, int rank, String pointer) throws CodecConfigException {
        if (node == null || !node.isArray() || node.size() != rank) {
            throw new CodecConfigException(pointer, "transpose order must be a permutation of 0.." + (rank - 1));
        }
        int[] o = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            JsonNode v = node.get(i);
            if (!v.canConvertToExactIntegral() || v.asLong() < 0 || v.asLong() >= rank || seen[v.asInt()]) {
                throw new CodecConfigException(pointer, "transpose order " + node + " is not a permutation of 0.." + (rank - 1));
            }
            o[i] = v.asInt();
            seen[o[i]] = true;
        }
        return o;
    }

    private static BytesCodec bytesCodec(JsonNode cfg, DataType type, int raw, String p) throws CodecConfigException {
        JsonNode endian = cfg.get("endian");
        boolean big;
        if (endian == null || endian.isNull()) {
            if (type.byteSize() > 1 && type.kind() != DataType.Kind.RAW) {
                throw new CodecConfigException(p + "/configuration", "bytes codec without endian for " + type.name());
            }
            big = false;
        } else if (endian.isTextual() && endian.textValue().equals("little")) {
            big = false;
        } else if (endian.isTextual() && endian.textValue().equals("big")) {
            big = true;
        } else {
            throw new CodecConfigException(p + "/configuration/endian", "endian " + endian + " is neither little nor big");
        }
        // Raw bits (r<N>) are a byte string, not a number: no byte order applies, so nothing is swapped.
        return new BytesCodec(raw, type.kind() == DataType.Kind.RAW ? 1 : type.byteSize(), big);
    }

    private static ShardingCodec sharding(JsonNode cfg, DataType type, int[] shardShape, FillValue fill,
                                          CodecEnvironment env, String p) throws CodecConfigException {
        JsonNode cs = cfg.get("chunk_shape");
        int rank = shardShape.length;
        if (cs == null || !cs.isArray() || cs.size() != rank) {
            throw new CodecConfigException(p + "/configuration/chunk_shape", "inner chunk_shape must have " + rank + " entries");
        }
        int[] innerShape = new int[rank];
        long count = 1;
        for (int d = 0; d < rank; d++) {
            JsonNode v = cs.get(d);
            if (!v.canConvertToExactIntegral() || v.asLong() <= 0 || v.asLong() > shardShape[d]
                    || shardShape[d] % v.asInt() != 0) {
                throw new CodecConfigException(p + "/configuration/chunk_shape", "inner chunk_shape " + cs
                        + " does not divide the shard shape " + Arrays.toString(shardShape));
            }
            innerShape[d] = v.asInt();
            count *= shardShape[d] / innerShape[d];
        }
        if (count * 16 > MAX_ARRAY) {
            throw new CodecConfigException(p + "/configuration/chunk_shape", "a shard of " + count + " inner chunks is too large");
        }
        JsonNode loc = cfg.get("index_location");
        boolean atStart;
        if (loc == null || loc.isNull() || (loc.isTextual() && loc.textValue().equals("end"))) {
            atStart = false;
        } else if (loc.isTextual() && loc.textValue().equals("start")) {
            atStart = true;
        } else {
            throw new CodecConfigException(p + "/configuration/index_location", "index_location " + loc + " is neither start nor end");
        }
        CodecPipeline inner = of(specs(cfg.get("codecs"), p + "/configuration/codecs"), type, innerShape, fill, env);
        int[] indexShape = new int[rank + 1];
        for (int d = 0; d < rank; d++) {
            indexShape[d] = shardShape[d] / innerShape[d];
        }
        indexShape[rank] = 2;
        DataType u64 = DataType.parse("uint64").orElseThrow();
        CodecPipeline index = of(specs(cfg.get("index_codecs"), p + "/configuration/index_codecs"), u64, indexShape,
                FillValue.ofBytes(new byte[8]), env);
        if (index.fixedEncodedBytes() < 0) {
            throw new CodecConfigException(p + "/configuration/index_codecs", "index_codecs must not compress (the index size must be fixed)");
        }
        return new ShardingCodec(shardShape, innerShape, type.byteSize(), fill, inner, index,
                (int) index.fixedEncodedBytes(), atStart);
    }

    /** Reads a nested codec list ({@code {"name","configuration"}} objects or bare names). */
    private static List<CodecSpec> specs(JsonNode list, String pointer) throws CodecConfigException {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new CodecConfigException(pointer, "must be a non-empty list of codecs");
        }
        List<CodecSpec> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String p = pointer + "/" + i;
            if (c.isTextual()) {
                out.add(new CodecSpec(c.textValue(), null, p));
            } else if (c.isObject() && c.path("name").isTextual()) {
                JsonNode conf = c.get("configuration");
                out.add(new CodecSpec(c.get("name").textValue(), conf != null && conf.isObject() ? conf : null, p));
            } else {
                throw new CodecConfigException(p, "codec entry " + c + " has no name");
            }
        }
        return out;
    }

    private static BytesToBytesCodec bytesToBytes(String name, JsonNode cfg, DataType type, CodecEnvironment env, String p)
            throws CodecConfigException {
        return switch (name) {
            case "zstd" -> new ZstdCodec(intValue(cfg, "level", 0, -131072, 22, p), boolValue(cfg, "checksum", false, p));
            case "gzip" -> new GzipCodec(intValue(cfg, "level", 6, 0, 9, p));
            case "crc32c" -> new Crc32cCodec();
            case "blosc" -> blosc(cfg, type, env, p);
            default -> throw new CodecConfigException(p, "codec '" + name + "' is not supported by maskgate");
        };
    }

    private static BloscCodec blosc(JsonNode cfg, DataType type, CodecEnvironment env, String p) throws CodecConfigException {
        JsonNode cnameNode = cfg.get("cname");
        String cname = cnameNode != null && cnameNode.isTextual() ? cnameNode.textValue() : "lz4";
        if (BloscCodec.compressorCode(cname) < 0) {
            throw new CodecConfigException(p + "/configuration/cname", "blosc cname '" + cname + "' is unknown");
        }
        int clevel = intValue(cfg, "clevel", 5, 0, 9, p);
        JsonNode sh = cfg.get("shuffle");
        int shuffle;
        String s = sh == null || sh.isNull() ? "noshuffle" : sh.asText();
        switch (s) {
            case "noshuffle" -> shuffle = 0;
            case "shuffle" -> shuffle = 1;
            case "bitshuffle" -> shuffle = 2;
            default -> throw new CodecConfigException(p + "/configuration/shuffle", "blosc shuffle " + sh + " is unknown");
        }
        int typesize = intValue(cfg, "typesize", type.byteSize(), 1, 255, p);
        int blocksize = intValue(cfg, "blocksize", 0, 0, Integer.MAX_VALUE, p);
        BloscBackend backend = env.blosc(p);
        if (!backend.supports(BloscCodec.compressorCode(cname))) {
            throw new CodecConfigException(p + "/configuration/cname",
                    "blosc codec unavailable: the Blosc library here has no '" + cname + "' compressor");
        }
        return new BloscCodec(backend, cname, clevel, shuffle, typesize, blocksize);
    }

    private static int intValue(JsonNode cfg, String field, int dflt, int min, int max, String p) throws CodecConfigException {
        JsonNode v = cfg.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.canConvertToExactIntegral() || v.asLong() < min || v.asLong() > max) {
            throw new CodecConfigException(p + "/configuration/" + field, field + " " + v + " is not an integer in " + min + ".." + max);
        }
        return v.asInt();
    }

    private static boolean boolValue(JsonNode cfg, String field, boolean dflt, String p) throws CodecConfigException {
        JsonNode v = cfg.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw new CodecConfigException(p + "/configuration/" + field, field + " " + v + " is not a boolean");
        }
        return v.booleanValue();
    }

    /** A decoder for one thread; close it when the thread is done. */
    public ChunkDecoder newDecoder() {
        return new ChunkDecoder(this);
    }

    /**
     * Encodes one chunk given as C-order little-endian element bytes of {@link #rawBytes()} bytes.
     * For fixtures and tests.
     */
    public byte[] encode(byte[] raw) {
        if (raw.length != rawBytes) {
            throw new IllegalArgumentException("chunk has " + raw.length + " bytes, expected " + rawBytes);
        }
        byte[] array = raw;
        if (transposeOrder != null) {
            array = new byte[rawBytes];
            Transpose.permute(raw, chunkShape, transposeOrder, dataType.byteSize(), array);
        }
        byte[] bytes = arrayToBytes.encode(array);
        for (BytesToBytesCodec c : bytesCodecs) {
            bytes = c.encode(bytes, 0, bytes.length);
        }
        return bytes;
    }

    /** Bytes of one decoded chunk. */
    public int rawBytes() {
        return rawBytes;
    }

    /** Upper bound of a valid stored chunk's size; larger files are not read. */
    public long maxEncodedBytes() {
        return maxEncodedBytes;
    }

    /** The exact stored size when the codecs do not compress (e.g. bytes + crc32c), else -1. */
    public long fixedEncodedBytes() {
        return fixedEncodedBytes;
    }

    public FillValue fillValue() {
        return fill;
    }

    public DataType dataType() {
        return dataType;
    }

    public int[] chunkShape() {
        return chunkShape.clone();
    }

    /** True when chunks are shards ({@code sharding_indexed}). */
    public boolean sharded() {
        return arrayToBytes instanceof ShardingCodec;
    }

    /**
     * Where the index and inner chunks of a stored chunk are, when it is a shard that can be read by ranges
     * ({@code sharding_indexed} with no bytes-to-bytes codec after it); empty otherwise.
     */
    public Optional<ShardLayout> shardLayout() {
        return arrayToBytes instanceof ShardingCodec sharding && bytesCodecs.length == 0
                ? Optional.of(new ShardLayout(sharding)) : Optional.empty();
    }

    // ---- package-private accessors for ChunkDecoder ----

    BytesToBytesCodec[] bytesCodecs() {
        return bytesCodecs;
    }

    ArrayToBytesCodec arrayToBytes() {
        return arrayToBytes;
    }

    int[] targets() {
        return targets;
    }

    int[] caps() {
        return caps;
    }

    int scratchACap() {
        return scratchACap;
    }

    int scratchBCap() {
        return scratchBCap;
    }

    int arrayInputCap() {
        return arrayInputCap;
    }

    boolean transposed() {
        return transposeOrder != null;
    }

    int[] encodedShape() {
        return encodedShape;
    }

    int[] inverseOrder() {
        return inverseOrder;
    }
}
