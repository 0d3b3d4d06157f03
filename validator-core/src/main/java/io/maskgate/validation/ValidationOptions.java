package io.maskgate.validation;

import io.maskgate.rules.RulePolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Options of one validation run, valid by construction. Build them with {@link #builder()} (or take
 * {@link #defaults()}); the CLI and the Maven plugin both forward their raw flags and parameters to the
 * builder, so every value is checked once, here, and a bad one is an {@link InvalidOptionException}
 * worded the same way in both.
 *
 * @param metadataOnly     skip the pixel scan of mask stores
 * @param sampleTrenches   0 = every trench; otherwise check this many trenches per hypothesis
 * @param threads          worker threads for pixel scans and chunk decoding, at least 1 (the builder takes 0 for every processor)
 * @param minObjectArea    objects smaller than this many pixels are reported
 * @param hubmapSchemaMode which HuBMAP directory-schema versions are accepted
 * @param configFile       the config file the policy came from, for the report; may be null
 * @param zarrProfile      which checks a Zarr v3 target gets: auto-detected, the mask-store profile or plain Zarr
 * @param agreement        hypothesis agreement: null = on for mask stores with more than one hypothesis,
 *                         true = on (an error for a store with one), false = off
 * @param agreementReference epoch of the reference hypothesis of the agreement; null = the last hypothesis
 * @param agreementLate    how many of the last hypotheses are compared among themselves for ambiguous intervals
 * @param allowRoots       folders outside the default input boundary that links in the target may lead into
 *                         (the default boundary is the enclosing git repository, else the target folder)
 * @param maxDocumentBytes largest document read whole ({@code zarr.json}, HuBMAP TSVs, the config file, OME-XML);
 *                         a larger one is a finding naming this limit, never read
 */
public record ValidationOptions(boolean metadataOnly, int sampleTrenches, int threads, int minObjectArea,
                                HubmapSchemaMode hubmapSchemaMode, RulePolicy policy, String configFile,
                                ProgressListener progress, ZarrProfile zarrProfile, Boolean agreement,
                                Integer agreementReference, int agreementLate, List<Path> allowRoots,
                                long maxDocumentBytes) {

    /** Objects smaller than this many pixels are reported unless the user says otherwise. */
    public static final int DEFAULT_MIN_OBJECT_AREA = 15;

    /** Late hypotheses compared among themselves for ambiguous intervals unless the user says otherwise. */
    public static final int DEFAULT_AGREEMENT_LATE = 5;

    /** Documents read whole are at most this large unless the user says otherwise (16 MiB). */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L << 20;

    /** Option names in messages, as the Maven plugin's parameters (the CLI derives its flags from them). */
    static final String SAMPLE = "sample";
    static final String THREADS = "threads";
    static final String MIN_OBJECT_AREA = "minObjectArea";
    static final String HUBMAP_SCHEMA = "hubmapSchema";
    static final String PROFILE = "profile";
    static final String AGREEMENT_LATE = "agreementLate";
    static final String ALLOW_ROOTS = "allowRoots";
    static final String MAX_DOCUMENT_SIZE = "maxDocumentSize";

    /** The checks of every value; the builder and direct construction both pass through here. */
    public ValidationOptions {
        InvalidOptionException.requireAtLeast(SAMPLE, sampleTrenches, 0, "0 (all trenches)");
        InvalidOptionException.requireAtLeast(THREADS, threads, 1);
        InvalidOptionException.requireAtLeast(MIN_OBJECT_AREA, minObjectArea, 0);
        InvalidOptionException.requireAtLeast(AGREEMENT_LATE, agreementLate, 2);
        InvalidOptionException.requireAtLeast(MAX_DOCUMENT_SIZE, maxDocumentBytes, 1024, "1024 (1KiB)");
        Objects.requireNonNull(hubmapSchemaMode, "hubmapSchemaMode");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(zarrProfile, "zarrProfile");
        allowRoots = List.copyOf(allowRoots);
    }

    /** Every option at its default. */
    public static ValidationOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.metadataOnly = metadataOnly;
        b.sampleTrenches = sampleTrenches;
        b.threads = threads;
        b.minObjectArea = minObjectArea;
        b.hubmapSchemaMode = hubmapSchemaMode.id();
        b.policy = policy;
        b.configFile = configFile;
        b.progress = progress;
        b.zarrProfile = zarrProfile.id();
        b.agreement = agreement;
        b.agreementReference = agreementReference;
        b.agreementLate = agreementLate;
        b.allowRoots = new ArrayList<>(allowRoots);
        b.maxDocumentSize = Long.toString(maxDocumentBytes);
        return b;
    }

    /** The options as shown in reports; thread count is left out so reports do not depend on it. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metadataOnly", metadataOnly);
        m.put("sampleTrenches", sampleTrenches);
        m.put("minObjectArea", minObjectArea);
        m.put("hubmapSchemaMode", hubmapSchemaMode.id());
        m.put("profile", zarrProfile.id());
        if (configFile != null) {
            m.put("configFile", configFile);
        }
        // Agreement settings only when the user set them: the report's agreement section states what was used.
        if (agreement != null) {
            m.put("agreement", agreement);
        }
        if (agreementReference != null) {
            m.put("agreementReference", agreementReference);
        }
        if (agreementLate != DEFAULT_AGREEMENT_LATE) {
            m.put("agreementLate", agreementLate);
        }
        if (!allowRoots.isEmpty()) {
            m.put(ALLOW_ROOTS, allowRoots.stream().map(Path::toString).toList());
        }
        if (maxDocumentBytes != DEFAULT_MAX_DOCUMENT_BYTES) {
            m.put("maxDocumentBytes", maxDocumentBytes);
        }
        return m;
    }

    /**
     * Collects raw option values; {@link #build()} parses and checks them all, once.
     *
     * <p>Adding an option touches this file only: a record component with its {@code @param}, a field
     * here holding its default, a setter, one argument in {@link #build()} (and in {@link #toBuilder()}),
     * its check in the compact constructor, and an entry in {@link #describe()} if reports show it.
     * The CLI and the Mojo then pass their new flag or parameter to the setter; neither checks it.
     * For example, a {@code maxLabel} option:
     * <pre>
     * record ValidationOptions(..., int maxLabel)          // {@literal @}param maxLabel: largest label allowed
     * private int maxLabel = 255;                           // the default
     * public Builder maxLabel(int v) { maxLabel = v; return this; }
     * new ValidationOptions(..., maxLabel)                  // in build()
     * InvalidOptionException.requireAtLeast("maxLabel", maxLabel, 1);   // in the compact constructor
     * </pre>
     */
    public static final class Builder {

        private boolean metadataOnly;
        private int sampleTrenches;
        private int threads; // 0 = the number of processors, resolved by build()
        private int minObjectArea = DEFAULT_MIN_OBJECT_AREA;
        private String hubmapSchemaMode = HubmapSchemaMode.LATEST.id();
        private RulePolicy policy = RulePolicy.DEFAULT;
        private String configFile;
        private Path configToLoad;
        private ProgressListener progress = ProgressListener.NONE;
        private String zarrProfile = ZarrProfile.AUTO.id();
        private Boolean agreement;
        private Integer agreementReference;
        private int agreementLate = DEFAULT_AGREEMENT_LATE;
        private List<Path> allowRoots = new ArrayList<>();
        private String maxDocumentSize = Long.toString(DEFAULT_MAX_DOCUMENT_BYTES);

        private Builder() {
        }

        /** Skip the pixel scan of mask stores. */
        public Builder metadataOnly(boolean v) {
            metadataOnly = v;
            return this;
        }

        /** Scan the pixels of this many trenches per hypothesis; 0 (the default) = all. */
        public Builder sampleTrenches(int v) {
            sampleTrenches = v;
            return this;
        }

        /** Worker threads for pixel scans; 0, the default, is the number of processors. */
        public Builder threads(int v) {
            threads = v;
            return this;
        }

        /** Report objects smaller than this many pixels (default {@value ValidationOptions#DEFAULT_MIN_OBJECT_AREA}). */
        public Builder minObjectArea(int v) {
            minObjectArea = v;
            return this;
        }

        /** {@code latest} (default) or {@code any-minor}, case-insensitively. */
        public Builder hubmapSchemaMode(String v) {
            hubmapSchemaMode = v;
            return this;
        }

        public Builder hubmapSchemaMode(HubmapSchemaMode v) {
            return hubmapSchemaMode(v.id());
        }

        /** A config file that re-classifies or ignores findings; read by {@link #build()}. */
        public Builder configFile(Path file) {
            configToLoad = file;
            return this;
        }

        /** {@code auto} (default), {@code mask-store} or {@code generic}, case-insensitively. */
        public Builder zarrProfile(String v) {
            zarrProfile = v;
            return this;
        }

        public Builder zarrProfile(ZarrProfile v) {
            return zarrProfile(v.id());
        }

        public Builder progress(ProgressListener v) {
            progress = v;
            return this;
        }

        /** Hypothesis agreement: null (default) = on for stores with more than one hypothesis, true, false. */
        public Builder agreement(Boolean v) {
            agreement = v;
            return this;
        }

        /** Epoch of the agreement's reference hypothesis; null (default) = the last hypothesis. */
        public Builder agreementReference(Integer v) {
            agreementReference = v;
            return this;
        }

        /** Late hypotheses compared for ambiguous intervals, at least 2 (default {@value ValidationOptions#DEFAULT_AGREEMENT_LATE}). */
        public Builder agreementLate(int v) {
            agreementLate = v;
            return this;
        }

        /** Folders that links in the target may lead into besides the default input boundary; replaces earlier ones. */
        public Builder allowRoots(List<Path> v) {
            allowRoots = new ArrayList<>(v);
            return this;
        }

        /** Adds one folder to {@link #allowRoots}. */
        public Builder allowRoot(Path v) {
            allowRoots.add(v);
            return this;
        }

        /**
         * Largest document read whole: bytes, or with a binary suffix {@code KiB}/{@code MiB}/{@code GiB}
         * ({@code K}, {@code M}, {@code G} and {@code KB}... mean the same), e.g. {@code 64MiB}; default 16 MiB.
         */
        public Builder maxDocumentSize(String v) {
            maxDocumentSize = v;
            return this;
        }

        /** Largest document read whole, in bytes. */
        public Builder maxDocumentBytes(long v) {
            return maxDocumentSize(Long.toString(v));
        }

        /**
         * The options, every value checked.
         *
         * @throws InvalidOptionException    when a value is out of range or not one of the accepted ones
         * @throws RulePolicy.ConfigException when the config file cannot be read or is invalid
         */
        public ValidationOptions build() {
            HubmapSchemaMode mode = HubmapSchemaMode.find(hubmapSchemaMode)
                    .orElseThrow(() -> new InvalidOptionException(HUBMAP_SCHEMA, "must be " + HubmapSchemaMode.choices()
                            + ", was '" + hubmapSchemaMode + "'"));
            InvalidOptionException.requireAtLeast(THREADS, threads, 0, "0 (all processors)");
            int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
            ZarrProfile profile = ZarrProfile.find(zarrProfile)
                    .orElseThrow(() -> new InvalidOptionException(PROFILE, "must be " + ZarrProfile.choices()
                            + ", was '" + zarrProfile + "'"));
            for (Path root : allowRoots) {
                if (!Files.isDirectory(root)) {
                    throw new InvalidOptionException(ALLOW_ROOTS, "must name existing folders, but '" + root + "' is "
                            + (Files.exists(root) ? "not a folder" : "missing"));
                }
            }
            long maxDocumentBytes = ByteSize.parse(MAX_DOCUMENT_SIZE, maxDocumentSize);
            boolean fromFile = configToLoad != null;
            return new ValidationOptions(metadataOnly, sampleTrenches, workers, minObjectArea, mode,
                    fromFile ? RulePolicy.load(configToLoad, maxDocumentBytes, ByteSize.MAX_DOCUMENT_OPTION) : policy,
                    fromFile ? configToLoad.toString() : configFile,
                    progress, profile, agreement, agreementReference, agreementLate, allowRoots, maxDocumentBytes);
        }
    }
}
