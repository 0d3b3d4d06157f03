package io.maskgate.validation;

import io.maskgate.rules.RulePolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of one validation run. Use {@link #defaults()} and the {@code with...} methods.
 *
 * @param metadataOnly     skip the pixel scan of mask stores
 * @param sampleTrenches   0 = every trench; otherwise check this many trenches per hypothesis
 * @param threads          worker threads for pixel scans
 * @param minObjectArea    objects smaller than this many pixels are reported
 * @param hubmapSchemaMode {@code latest} or {@code any-minor}
 * @param configFile       the config file the policy came from, for the report; may be null
 */
public record ValidationOptions(boolean metadataOnly, int sampleTrenches, int threads, int minObjectArea,
                                String hubmapSchemaMode, RulePolicy policy, String configFile,
                                ProgressListener progress) {

    public static ValidationOptions defaults() {
        return new ValidationOptions(false, 0, Runtime.getRuntime().availableProcessors(), 15, "latest",
                RulePolicy.DEFAULT, null, ProgressListener.NONE);
    }

    public ValidationOptions withMetadataOnly(boolean v) {
        return new ValidationOptions(v, sampleTrenches, threads, minObjectArea, hubmapSchemaMode, policy, configFile, progress);
    }

    public ValidationOptions withSampleTrenches(int v) {
        return new ValidationOptions(metadataOnly, v, threads, minObjectArea, hubmapSchemaMode, policy, configFile, progress);
    }

    public ValidationOptions withThreads(int v) {
        return new ValidationOptions(metadataOnly, sampleTrenches, Math.max(1, v), minObjectArea, hubmapSchemaMode, policy, configFile, progress);
    }

    public ValidationOptions withMinObjectArea(int v) {
        return new ValidationOptions(metadataOnly, sampleTrenches, threads, v, hubmapSchemaMode, policy, configFile, progress);
    }

    public ValidationOptions withHubmapSchemaMode(String v) {
        return new ValidationOptions(metadataOnly, sampleTrenches, threads, minObjectArea, v, policy, configFile, progress);
    }

    public ValidationOptions withPolicy(RulePolicy v, String fromFile) {
        return new ValidationOptions(metadataOnly, sampleTrenches, threads, minObjectArea, hubmapSchemaMode, v, fromFile, progress);
    }

    public ValidationOptions withProgress(ProgressListener v) {
        return new ValidationOptions(metadataOnly, sampleTrenches, threads, minObjectArea, hubmapSchemaMode, policy, configFile, v);
    }

    /** The options as shown in reports; thread count is left out so reports do not depend on it. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metadataOnly", metadataOnly);
        m.put("sampleTrenches", sampleTrenches);
        m.put("minObjectArea", minObjectArea);
        m.put("hubmapSchemaMode", hubmapSchemaMode);
        if (configFile != null) {
            m.put("configFile", configFile);
        }
        return m;
    }
}
