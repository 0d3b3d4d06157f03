package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates a {@code codecs} list: every entry known ({@link CodecUnknownRule}), the
 * array→array / array→bytes / bytes→bytes order ({@link CodecOrderRule}), each codec's
 * configuration ({@link CodecConfigRule}) and sharding ({@link ShardingRule}), whose
 * {@code codecs} and {@code index_codecs} are validated recursively as lists of their own.
 */
final class CodecChainValidator {

    /** What a codec consumes and produces. */
    enum Kind {
        ARRAY_TO_ARRAY("array→array"), ARRAY_TO_BYTES("array→bytes"), BYTES_TO_BYTES("bytes→bytes");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final Map<String, Kind> KNOWN = Map.of(
            "transpose", Kind.ARRAY_TO_ARRAY,
            "bytes", Kind.ARRAY_TO_BYTES,
            "sharding_indexed", Kind.ARRAY_TO_BYTES,
            "zstd", Kind.BYTES_TO_BYTES,
            "gzip", Kind.BYTES_TO_BYTES,
            "blosc", Kind.BYTES_TO_BYTES,
            "crc32c", Kind.BYTES_TO_BYTES);

    private static final DataType UINT64 = DataType.parse("uint64").orElseThrow();

    /**
     * What a codec list encodes.
     *
     * @param dataType   element type, null when unknown (invalid data_type)
     * @param chunkShape shape of the chunk entering the list, null when unknown
     * @param rank       its rank, -1 when unknown
     * @param index      true for a shard index's {@code index_codecs}
     */
    record Input(DataType dataType, int[] chunkShape, int rank, boolean index) {
    }

    private record Entry(Extension ext, Kind kind) {
    }

    private final MetadataDocument doc;

    CodecChainValidator(MetadataDocument doc) {
        this.doc = doc;
    }

    /** The validated codecs, or null when the list is absent or anything in it is invalid or unknown. */
    List<CodecSpec> validate(JsonNode list, String pointer, Input input) {
        if (list == null || !doc.usable(pointer)) {
            return null;
        }
        if (!list.isArray()) {
            doc.report(WrongTypeRule.class, pointer, Extension.label(pointer) + " must be an array of codecs, found "
                    + JsonText.describe(list));
            return null;
        }
        int errorsBefore = doc.errorCount();
        if (list.isEmpty()) {
            doc.report(CodecOrderRule.class, pointer, Extension.label(pointer)
                    + " is empty; it needs exactly one array→bytes codec (bytes or sharding_indexed)");
            return null;
        }
        if (list.size() > CodecChainTooLongRule.MAX_CODECS) {
            // refused before any codec is parsed: each entry would otherwise be validated and later instantiated
            doc.report(CodecChainTooLongRule.class, pointer, Extension.label(pointer) + " holds " + list.size()
                    + " codecs; maskgate decodes chains of at most " + CodecChainTooLongRule.MAX_CODECS);
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        boolean allKnown = true;
        for (int i = 0; i < list.size(); i++) {
            Entry entry = entry(list.get(i), JsonPointers.child(pointer, i), input);
            allKnown &= entry != null;
            entries.add(entry);
        }
        if (allKnown) {
            checkOrder(entries, pointer);
            checkConfigurations(entries, input);
        }
        if (!allKnown || doc.errorCount() != errorsBefore || !cleanUnder(pointer)) {
            return null;
        }
        List<CodecSpec> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(new CodecSpec(e.ext().name(), e.ext().configuration(), e.ext().pointer()));
        }
        return List.copyOf(out);
    }

    private boolean cleanUnder(String pointer) {
        // The schema layer reports before code runs; a flagged value anywhere in the list makes it unusable.
        return doc.usable(pointer) && !doc.hasErrorsUnder(pointer);
    }

    private Entry entry(JsonNode node, String pointer, Input input) {
        Extension ext = Extension.parse(doc, node, pointer, CodecConfigRule.class);
        if (ext == null) {
            return null;
        }
        Kind kind = KNOWN.get(ext.name());
        if (kind == null) {
            doc.report(CodecUnknownRule.class, pointer, "unknown codec \"" + ext.name() + "\""
                    + (ext.optional() ? " (marked \"must_understand\": false, but a codec cannot be skipped when decoding)" : "")
                    + "; maskgate decodes " + String.join(", ", KNOWN.keySet().stream().sorted().toList()));
            return null;
        }
        if (input.index() && !"bytes".equals(ext.name()) && !"crc32c".equals(ext.name())) {
            doc.report(ShardingRule.class, pointer, "index codec \"" + ext.name()
                    + "\" is not allowed: the shard index must have a fixed size, so only bytes and crc32c may encode it");
        }
        return new Entry(ext, kind);
    }

    private void checkOrder(List<Entry> entries, String pointer) {
        int first = -1;
        for (int i = 0; i < entries.size() && first < 0; i++) {
            if (entries.get(i).kind() == Kind.ARRAY_TO_BYTES) {
                first = i;
            }
        }
        if (first < 0) {
            doc.report(CodecOrderRule.class, pointer, Extension.label(pointer)
                    + " has no array→bytes codec; exactly one (bytes or sharding_indexed) is required");
            return;
        }
        String abName = entries.get(first).ext().name();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String what = e.kind().label + " codec \"" + e.ext().name() + "\"";
            if (i < first && e.kind() == Kind.BYTES_TO_BYTES) {
                doc.report(CodecOrderRule.class, e.ext().pointer(), what + " comes before the array→bytes codec \""
                        + abName + "\"; bytes→bytes codecs must follow it");
            } else if (i > first && e.kind() == Kind.ARRAY_TO_BYTES) {
                doc.report(CodecOrderRule.class, e.ext().pointer(), "second " + what + "; exactly one array→bytes codec is allowed");
            } else if (i > first && e.kind() == Kind.ARRAY_TO_ARRAY) {
                doc.report(CodecOrderRule.class, e.ext().pointer(), what + " comes after the array→bytes codec \""
                        + abName + "\"; array→array codecs must precede it");
            }
        }
    }

    private void checkConfigurations(List<Entry> entries, Input input) {
        int[] shape = input.chunkShape();
        for (Entry e : entries) {
            Extension ext = e.ext();
            switch (ext.name()) {
                case "transpose" -> {
                    int[] order = transpose(ext, input.rank());
                    if (order != null && shape != null && order.length == shape.length) {
                        int[] permuted = new int[shape.length];
                        for (int i = 0; i < order.length; i++) {
                            permuted[i] = shape[order[i]];
                        }
                        shape = permuted;
                    }
                }
                case "bytes" -> bytes(ext, input.dataType());
                case "sharding_indexed" -> new ShardingChecker(doc, this).check(ext,
                        new Input(input.dataType(), shape, input.rank(), false));
                case "zstd" -> zstd(ext);
                case "gzip" -> gzip(ext);
                case "blosc" -> blosc(ext);
                case "crc32c" -> reader(ext).allowOnly(List.of());
                default -> throw new IllegalStateException("codec without a configuration check: " + ext.name());
            }
        }
    }

    /** The index codecs' input: one (offset, nbytes) uint64 pair per inner chunk. */
    static Input indexInput(int[] outer, int[] inner, int rank) {
        int[] shape = null;
        if (outer != null && inner != null && outer.length == inner.length) {
            shape = new int[outer.length + 1];
            for (int i = 0; i < outer.length; i++) {
                shape[i] = outer[i] / inner[i];
            }
            shape[outer.length] = 2;
        }
        return new Input(UINT64, shape, rank < 0 ? -1 : rank + 1, true);
    }

    private ConfigReader reader(Extension ext) {
        return new ConfigReader(doc, ext, "codec \"" + ext.name() + "\"", CodecConfigRule.class);
    }

    private int[] transpose(Extension ext, int rank) {
        ConfigReader cfg = reader(ext);
        cfg.allowOnly(List.of("order"));
        JsonNode order = cfg.get("order", true);
        if (order == null) {
            return null;
        }
        String p = cfg.pointer("order");
        if (!order.isArray()) {
            cfg.report(p, "configuration.order must be an array (a permutation of the dimension indices), found "
                    + JsonText.describe(order));
            return null;
        }
        int n = rank >= 0 ? rank : order.size();
        String expected = n == 0 ? "[] for a 0-dimensional array" : "a permutation of 0.." + (n - 1);
        if (order.size() != n) {
            cfg.report(p, "configuration.order must be " + expected + ", found " + order.size() + " entries");
            return null;
        }
        int[] out = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            JsonNode v = order.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0 || v.intValue() >= n || seen[v.intValue()]) {
                cfg.report(p, "configuration.order must be " + expected + ", found " + order);
                return null;
            }
            seen[v.intValue()] = true;
            out[i] = v.intValue();
        }
        return out;
    }

    private void bytes(Extension ext, DataType type) {
        ConfigReader cfg = reader(ext);
        cfg.allowOnly(List.of("endian"));
        String endian = cfg.oneOf("endian", false, List.of("little", "big"));
        if (endian == null && cfg.get("endian", false) == null && type != null && type.byteSize() > 1
                && type.kind() != DataType.Kind.RAW) {
            cfg.report(cfg.pointer("endian"), "configuration.endian (\"little\" or \"big\") is required for the "
                    + type.byteSize() + "-byte data type " + type.name());
        }
    }

    private void zstd(Extension ext) {
        ConfigReader cfg = reader(ext);
        cfg.allowOnly(List.of("level", "checksum"));
        cfg.integer("level", true, -131072, 22);
        cfg.bool("checksum", false);
    }

    private void gzip(Extension ext) {
        ConfigReader cfg = reader(ext);
        cfg.allowOnly(List.of("level"));
        cfg.integer("level", true, 0, 9);
    }

    private void blosc(Extension ext) {
        ConfigReader cfg = reader(ext);
        cfg.allowOnly(List.of("cname", "clevel", "shuffle", "typesize", "blocksize"));
        cfg.oneOf("cname", true, List.of("lz4", "lz4hc", "blosclz", "zstd", "snappy", "zlib"));
        cfg.integer("clevel", true, 0, 9);
        String shuffle = cfg.oneOf("shuffle", true, List.of("noshuffle", "shuffle", "bitshuffle"));
        boolean typesizeRequired = shuffle != null && !"noshuffle".equals(shuffle);
        cfg.integer("typesize", typesizeRequired, 1, Integer.MAX_VALUE);
        cfg.integer("blocksize", false, 0, Integer.MAX_VALUE);
    }
}
