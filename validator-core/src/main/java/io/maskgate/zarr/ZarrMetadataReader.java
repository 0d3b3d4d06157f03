package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.FindingSink;
import io.maskgate.storage.Storage;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The strict Zarr v3 metadata reader. Reads one {@code zarr.json}, reports every violation of the
 * Zarr v3 core and codec specifications as a finding with a JSON pointer (never stopping at the
 * first), and returns the model when the members needed to read chunks are all valid.
 *
 * <p>Two layers, each owning its checks so one violation gives one finding: the JSON Schema
 * {@code zarr-v3.schema.json} owns the skeleton (required members, member types, extension-object
 * form); code owns values, ranges, relations, codec configurations and {@code node_type}.
 * Instances are immutable and may be shared between threads.
 */
public final class ZarrMetadataReader {

    /** Array members whose errors make the model unusable; dimension_names and unknown members do not. */
    private static final Set<String> ARRAY_BLOCKING = Set.of("zarr_format", "node_type", "shape", "data_type", "chunk_grid",
            "chunk_key_encoding", "fill_value", "codecs", "storage_transformers", "attributes");
    private static final Set<String> GROUP_BLOCKING = Set.of("zarr_format", "node_type", "attributes");

    private final MetadataFile files;
    private final MetadataSchema schema;

    public ZarrMetadataReader() {
        this(MetadataFile.DEFAULT_MAX_BYTES);
    }

    /** A reader refusing files larger than {@code maxBytes} (the run's {@code maxDocumentBytes}). */
    public ZarrMetadataReader(long maxBytes) {
        this.files = new MetadataFile(maxBytes);
        this.schema = new MetadataSchema();
    }

    /**
     * Reads the {@code zarr.json} of an array.
     *
     * @param key     its key in {@code storage}, e.g. {@code data/zarr.json}
     * @param relFile its path relative to the validation target, for findings
     * @return the model, or empty when the document is not a usable array (the reasons are in {@code sink})
     */
    public Optional<ZarrArrayMetadata> readArray(Storage storage, String key, String relFile, FindingSink sink) {
        Optional<MetadataDocument> doc = open(storage, key, relFile, sink);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String kind = new NodeTypeRule().declaredKind(doc.get(), NodeTypeRule.ARRAY);
        schema.apply(doc.get(), kind);
        if (NodeTypeRule.GROUP.equals(kind)) {
            group(doc.get(), false);
            return Optional.empty();
        }
        return Optional.ofNullable(array(doc.get(), true));
    }

    /**
     * Reads the {@code zarr.json} of a group.
     *
     * @param key     its key in {@code storage}, e.g. {@code zarr.json}
     * @param relFile its path relative to the validation target, for findings
     * @return the model, or empty when the document is not a usable group (the reasons are in {@code sink})
     */
    public Optional<ZarrGroupMetadata> readGroup(Storage storage, String key, String relFile, FindingSink sink) {
        Optional<MetadataDocument> doc = open(storage, key, relFile, sink);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String kind = new NodeTypeRule().declaredKind(doc.get(), NodeTypeRule.GROUP);
        schema.apply(doc.get(), kind);
        if (NodeTypeRule.ARRAY.equals(kind)) {
            array(doc.get(), false);
            return Optional.empty();
        }
        return Optional.ofNullable(group(doc.get(), true));
    }

    /**
     * Reads the {@code zarr.json} of a node whose kind the caller does not know (a hierarchy walk, or a profile that
     * judges the kind itself): validated as the kind its {@code node_type} declares. An invalid or missing
     * {@code node_type} is reported, and the document is then validated as an array when it has array members
     * ({@code shape}, {@code data_type}, ...), else as a group.
     *
     * @param key     its key in {@code storage}, e.g. {@code ints/signed/zarr.json}
     * @param relFile its path relative to the validation target, for findings
     * @return the node, or empty when the document is not a usable array or group (the reasons are in {@code sink})
     */
    public Optional<ZarrNodeMetadata> readNode(Storage storage, String key, String relFile, FindingSink sink) {
        return readNode(storage, key, relFile, null, sink);
    }

    /**
     * As {@link #readNode(Storage, String, String, FindingSink)} for a caller that expects one kind of node there
     * ({@link ZarrNodeMetadata#ARRAY} or {@link ZarrNodeMetadata#GROUP}) and judges a mismatch itself: a node of
     * the other kind is returned as what it declares, without reporting the other kind's members as unknown (a
     * wrong node_type is then the likelier mistake) and without a finding for the mismatch.
     *
     * @param expected the kind the caller expects, or null for none
     */
    public Optional<ZarrNodeMetadata> readNode(Storage storage, String key, String relFile, String expected,
                                               FindingSink sink) {
        Optional<MetadataDocument> doc = open(storage, key, relFile, sink);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String likely = likelyKind(doc.get().root(), expected);
        String kind = new NodeTypeRule().declaredKind(doc.get(), likely);
        schema.apply(doc.get(), kind);
        boolean asExpected = expected == null || expected.equals(kind);
        if (NodeTypeRule.ARRAY.equals(kind)) {
            return Optional.ofNullable(array(doc.get(), asExpected)).map(ZarrNodeMetadata::new);
        }
        return Optional.ofNullable(group(doc.get(), asExpected)).map(ZarrNodeMetadata::new);
    }

    /** The declared kind when it is valid, else a guess from the members (so the guess never contradicts it). */
    private static String likelyKind(JsonNode root, String expected) {
        JsonNode declared = root.get("node_type");
        if (declared != null && (NodeTypeRule.ARRAY.equals(declared.asText()) || NodeTypeRule.GROUP.equals(declared.asText()))
                && declared.isTextual()) {
            return declared.textValue();
        }
        if (expected != null) {
            return expected;
        }
        for (String member : List.of("shape", "data_type", "chunk_grid", "codecs", "fill_value")) {
            if (root.has(member)) {
                return NodeTypeRule.ARRAY;
            }
        }
        return NodeTypeRule.GROUP;
    }

    /**
     * The document at {@code key} parsed within this reader's limits (size, nesting, tokens), without validating it
     * or reporting anything: for callers that only peek at metadata, such as profile detection. Empty when it is
     * missing, too large, not JSON or not an object; the validation that follows reports why.
     */
    public Optional<ObjectNode> peek(Storage storage, String key) {
        return files.read(storage, key, key, finding -> { });
    }

    private Optional<MetadataDocument> open(Storage storage, String key, String relFile, FindingSink sink) {
        return files.read(storage, key, relFile, sink).map(root -> new MetadataDocument(root, relFile, sink));
    }

    /**
     * Validates an array document. {@code checkUnknownMembers} is false when the document declares
     * another kind than the caller expects: a wrong node_type is then the likelier mistake, and the
     * other kind's members would all be reported as unknown.
     */
    private static ZarrArrayMetadata array(MetadataDocument doc, boolean checkUnknownMembers) {
        new FormatVersionRule().check(doc);
        long[] shape = new ShapeRule().read(doc);
        int rank = shape == null ? -1 : shape.length;
        DataType dataType = new DataTypeRule().read(doc);
        int[] chunkShape = new ChunkGridRule().read(doc, rank);
        ChunkKeyEncoding keys = new ChunkKeyEncodingRule().read(doc);
        if (dataType != null) {
            new FillValueChecker(doc).check(dataType);
        }
        List<CodecSpec> codecs = new CodecChainValidator(doc).validate(doc.member("codecs"), "/codecs",
                new CodecChainValidator.Input(dataType, chunkShape, rank, false));
        new StorageTransformersRule().check(doc);
        List<String> dimensionNames = new DimensionNamesRule().read(doc, rank);
        ObjectNode attributes = new AttributesTypeRule().read(doc);
        if (checkUnknownMembers) {
            new MustUnderstandRule().check(doc, MetadataSchema.ARRAY_MEMBERS);
        }
        if (doc.hasBlockingErrors(ARRAY_BLOCKING) || shape == null || dataType == null || chunkShape == null
                || keys == null || codecs == null || attributes == null) {
            return null;
        }
        JsonNode fillValue = doc.root().get("fill_value");
        return new ZarrArrayMetadata(doc.root(), shape, dataType, chunkShape, keys, fillValue, codecs, dimensionNames,
                attributes);
    }

    /** Validates a group document; {@code checkUnknownMembers} as for {@link #array}. */
    private static ZarrGroupMetadata group(MetadataDocument doc, boolean checkUnknownMembers) {
        new FormatVersionRule().check(doc);
        ObjectNode attributes = new AttributesTypeRule().read(doc);
        ConsolidatedMetadataRule.check(doc);
        if (checkUnknownMembers) {
            new MustUnderstandRule().check(doc, MetadataSchema.GROUP_MEMBERS);
        }
        if (doc.hasBlockingErrors(GROUP_BLOCKING) || attributes == null) {
            return null;
        }
        return new ZarrGroupMetadata(doc.root(), attributes);
    }
}
