package io.maskgate.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.agreement.AgreementCollector;
import io.maskgate.agreement.AgreementConfig;
import io.maskgate.agreement.AgreementResult;
import io.maskgate.store.scan.ScanResult;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.store.scan.PixelScanner;
import io.maskgate.store.scan.ScanConfig;
import io.maskgate.storage.KeyKind;
import io.maskgate.storage.Storage;
import io.maskgate.validation.Target;
import io.maskgate.validation.TargetValidator;
import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationContext;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrGroupMetadata;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.zarr.ZarrNodeMetadata;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.ChunkLocator;
import io.maskgate.zarr.chunk.StrayFileScanner;

import java.io.IOException;
import java.util.Optional;

/**
 * Validates a multi-hypothesis Zarr v3 mask store: Zarr metadata, the mask-store profile, then every pixel. Reads
 * only through the target's {@link Storage}, so the store need not be a local folder.
 */
public final class MaskStoreValidator implements TargetValidator {

    static final String ROOT_FILE = "zarr.json";
    static final String DATA_ARRAY = "data";
    static final String DATA_FILE = DATA_ARRAY + "/zarr.json";

    @Override
    public String kind() {
        return "zarr-mask-store";
    }

    /**
     * A folder holding {@code zarr.json} or {@code data/zarr.json}, or named {@code *.zarr}: a store
     * whose root metadata is missing is still a store, reported as such rather than as unrecognised.
     */
    @Override
    public boolean accepts(Target target) {
        Storage storage = target.storage();
        if (storage.kind("") != KeyKind.DIRECTORY) {
            return false;
        }
        return storage.kind(ROOT_FILE).exists() || storage.kind(DATA_FILE).exists() || target.baseName().endsWith(".zarr");
    }

    @Override
    public void validate(Target target, ValidationContext context) {
        Storage storage = target.storage();
        ZarrMetadataReader reader = new ZarrMetadataReader(context.options().maxDocumentBytes());
        ZarrGroupMetadata root = readRoot(reader, storage, context);
        ZarrArrayMetadata data = readData(reader, storage, context);
        context.checked("Zarr metadata documents", 2, ROOT_FILE + ", " + DATA_FILE);
        new StoreProfileChecker().check(root, ROOT_FILE, data, DATA_FILE, context);
        if (root != null) {
            context.checked("trench_mapping records", root.attributes().path("trench_mapping").size(), "");
        }
        if (context.options().metadataOnly()) {
            // Stray keys are a matter of the listing, not of pixels: checked here too (on S3, one request a page).
            if (data != null && unscannable(data) == null) {
                checkStrays(storage.at(DATA_ARRAY), data, context);
            }
            context.checked("pixel scan", 0, "skipped: --metadata-only");
            return;
        }
        if (data == null) {
            context.checked("pixel scan", 0, "not run: " + DATA_FILE + " could not be read (see its findings)");
            return;
        }
        scanPixels(storage.at(DATA_ARRAY), data, root == null ? null : root.attributes().path("trench_mapping"), context);
    }

    /** The root group; a root that is an array breaks the profile, not the Zarr specification. */
    private static ZarrGroupMetadata readRoot(ZarrMetadataReader reader, Storage storage, ValidationContext context) {
        ZarrNodeMetadata root = reader.readNode(storage, ROOT_FILE, ROOT_FILE, ZarrNodeMetadata.GROUP, context).orElse(null);
        if (root != null && root.isArray()) {
            context.accept(RuleMeta.of(NodeKind.class).finding(ROOT_FILE, Location.pointer("/node_type"),
                    "The root of a mask store is a group holding the experiment attributes, but this zarr.json is an array."));
            return null;
        }
        return root == null ? null : root.group();
    }

    /** The data array; its absence or a group in its place breaks the profile, not the Zarr specification. */
    private static ZarrArrayMetadata readData(ZarrMetadataReader reader, Storage storage, ValidationContext context) {
        KeyKind kind = storage.kind(DATA_FILE);
        if (kind == KeyKind.ABSENT) {
            // Whether a data/ folder exists is not asked: object stores have no folders and plain HTTP no listing,
            // and the finding must read the same on every storage.
            context.accept(RuleMeta.of(DataMissing.class).finding(DATA_FILE, Location.NONE,
                    "The mask store has no data array: there is no data/zarr.json."));
            return null;
        }
        ZarrNodeMetadata data = reader.readNode(storage, DATA_FILE, DATA_FILE, ZarrNodeMetadata.ARRAY, context).orElse(null);
        if (data != null && !data.isArray()) {
            context.accept(RuleMeta.of(NodeKind.class).finding(DATA_FILE, Location.pointer("/node_type"),
                    "The masks of a mask store are the array data, but data/zarr.json is a group."));
            return null;
        }
        return data == null ? null : data.array();
    }

    private void scanPixels(Storage array, ZarrArrayMetadata data, JsonNode trenchMapping, ValidationContext context) {
        String unscannable = unscannable(data);
        if (unscannable != null) {
            context.checked("pixel scan", 0, "not run: " + unscannable + " (see the metadata findings)");
            return;
        }
        long[] epochs = epochs(data).orElse(null);
        ArrayChunkReader chunks = ArrayChunkReader.open(array, data, DATA_ARRAY,
                ChunkLocator.maskStore(epochs, data.chunkShape()));
        checkStrays(array, data, context);
        Optional<io.maskgate.rules.Finding> unavailable = chunks.arrayFinding();
        if (unavailable.isPresent()) {
            context.accept(unavailable.get());
            context.checked("pixel scan", 0, "not run: the array's codecs cannot be decoded here");
            return;
        }
        long[] shape = data.shape();
        int[] epochInts = null;
        if (epochs != null) {
            epochInts = new int[epochs.length];
            for (int i = 0; i < epochs.length; i++) {
                epochInts[i] = (int) epochs[i];
            }
        }
        StoreGeometry geometry = new StoreGeometry((int) shape[0], epochInts, (int) shape[1], (int) shape[2],
                (int) shape[3], (int) shape[4], data.fillValue().asInt(), DATA_ARRAY, chunks::file);
        AgreementCollector agreement = agreement(geometry, trenchMapping, context);
        ScanResult scan = new PixelScanner(ScanConfig.from(context.options()).withReadAhead(array.readAhead()))
                .scan(new ZarrChunkSource(chunks), geometry, chunks.pipeline(), context, agreement);
        if (agreement == null) {
            return;
        }
        if (scan.agreementSkipped() != null) {
            context.checked(AGREEMENT, 0, "not computed: " + scan.agreementSkipped());
            return;
        }
        AgreementResult result = agreement.result();
        result.tables().forEach(context::statistics);
        context.agreement(result.section());
        context.checked(AGREEMENT, result.section().frames(), "frames of " + result.section().trenches()
                + " trenches compared among the late hypotheses " + result.section().lateEpochs()
                + "; every hypothesis matched to the reference, epoch " + result.section().referenceEpoch());
    }

    /** Keys in the data array's folder that are neither zarr.json nor a chunk inside the grid, where it can be listed. */
    private static void checkStrays(Storage array, ZarrArrayMetadata data, ValidationContext context) {
        Optional<String> unlistable = array.listingUnavailable();
        if (unlistable.isPresent()) {
            context.checked("stray files in " + DATA_ARRAY + "/", 0, "skipped: " + unlistable.get());
            return;
        }
        try {
            long strays = new StrayFileScanner(data.chunkKeyEncoding(), data.chunkGridShape()).scan(array, DATA_ARRAY, context);
            context.checked("stray files in " + DATA_ARRAY + "/", strays, "files that are neither zarr.json nor a chunk key inside the grid");
        } catch (IOException e) {
            // A listing that fails (an S3 ListObjects error) costs the stray check only, never the pixel scan.
            context.checked("stray files in " + DATA_ARRAY + "/", 0, "skipped: the listing failed: " + e.getMessage());
        }
    }

    private static final String AGREEMENT = "hypothesis agreement";

    /**
     * The agreement analysis the options ask for, or null: on by default for more than one hypothesis.
     *
     * @throws UsageException when the reference epoch the user chose is not one of the store's
     */
    private static AgreementCollector agreement(StoreGeometry g, JsonNode trenchMapping, ValidationContext context) {
        Boolean wanted = context.options().agreement();
        if (Boolean.FALSE.equals(wanted)) {
            return null;
        }
        if (g.hypotheses() < 2) {
            if (Boolean.TRUE.equals(wanted)) {
                context.checked(AGREEMENT, 0, "not computed: the store has " + g.hypotheses() + " hypothesis");
            }
            return null;
        }
        String[] fovs = new String[g.trenches()];
        if (trenchMapping != null && trenchMapping.isArray()) {
            for (int i = 0; i < Math.min(fovs.length, trenchMapping.size()); i++) {
                JsonNode fov = trenchMapping.get(i).path("fov");
                fovs[i] = fov.isTextual() ? fov.textValue() : null;
            }
        }
        AgreementConfig config = new AgreementConfig(context.options().agreementReference(),
                context.options().agreementLate(), AgreementConfig.DEFAULT_F1_THRESHOLD, AgreementConfig.DEFAULT_MAX_GAP);
        try {
            return new AgreementCollector(config, g.hypotheses(), g.epochs(), g.trenches(), g.times(), g.height(),
                    g.width(), fovs);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--reference " + config.referenceEpoch() + ": " + e.getMessage());
        }
    }

    /** Why the scan cannot run on this array, or null; the profile rules report the cause. */
    private static String unscannable(ZarrArrayMetadata data) {
        long[] shape = data.shape();
        if (shape.length != 5) {
            return "the data array has " + shape.length + " dimensions, not 5";
        }
        if (!data.dataType().equals(DataType.UINT8)) {
            return "the data array is " + data.dataType().name() + ", not uint8";
        }
        for (long s : shape) {
            if (s <= 0 || s > Integer.MAX_VALUE) {
                return "the data array has an empty or too large dimension";
            }
        }
        if (shape[2] * shape[3] * shape[4] > Integer.MAX_VALUE - 8) {
            return "one movie (time × y × x) exceeds 2 GiB";
        }
        return null;
    }

    /** {@code hypothesis_epoch_values} when they are integers, one per hypothesis; the profile rules report otherwise. */
    private static Optional<long[]> epochs(ZarrArrayMetadata data) {
        JsonNode values = data.attributes().path("hypothesis_epoch_values");
        if (!values.isArray() || values.size() != data.shape()[0]) {
            return Optional.empty();
        }
        long[] epochs = new long[values.size()];
        for (int i = 0; i < epochs.length; i++) {
            if (!values.get(i).canConvertToInt()) {
                return Optional.empty();
            }
            epochs[i] = values.get(i).asInt();
        }
        return Optional.of(epochs);
    }
}
