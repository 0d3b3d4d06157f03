package io.maskgate.store.scan;

import io.maskgate.engine.ValidationOptions;
import io.maskgate.rules.RulePolicy;

/**
 * Settings of one pixel scan.
 *
 * @param threads             worker threads (at most; fewer when the memory budget demands)
 * @param sampleTrenches      0 = every trench; otherwise this many evenly spaced trenches, the same for every hypothesis
 * @param minObjectArea       objects with fewer pixels are reported ({@code LABEL_SMALL_OBJECT})
 * @param policy              the user's re-classifications; ignored codes neither build findings nor use up the limits
 * @param maxFindings         label findings listed per scan, in trench-major order; more are counted only
 * @param maxFindingsPerChunk label findings listed per chunk, in time order; more are counted only
 * @param memoryBudget        heap bytes the workers may use for buffers and accumulators
 */
public record ScanConfig(int threads, int sampleTrenches, int minObjectArea, RulePolicy policy,
                         int maxFindings, int maxFindingsPerChunk, long memoryBudget) {

    /**
     * Default listing limit: at about 400 bytes per finding (record, location, message, list slot,
     * report copies) 200,000 findings take about 80 MB, which fits the 512 MB heap CI runs with.
     */
    public static final int DEFAULT_MAX_FINDINGS = 200_000;

    /** Default per-chunk listing limit: bounds what the in-flight chunks hold before their turn to be listed. */
    public static final int DEFAULT_MAX_FINDINGS_PER_CHUNK = 2_000;

    public ScanConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (sampleTrenches < 0 || minObjectArea < 0 || maxFindings < 0 || maxFindingsPerChunk < 0 || memoryBudget < 0) {
            throw new IllegalArgumentException("negative scan setting");
        }
        policy = policy == null ? RulePolicy.DEFAULT : policy;
    }

    /** Defaults: all cores, every trench, 15 px, half the heap. */
    public static ScanConfig defaults() {
        return new ScanConfig(Runtime.getRuntime().availableProcessors(), 0, 15, RulePolicy.DEFAULT,
                DEFAULT_MAX_FINDINGS, DEFAULT_MAX_FINDINGS_PER_CHUNK, Runtime.getRuntime().maxMemory() / 2);
    }

    /** The scan settings of a validation run. */
    public static ScanConfig from(ValidationOptions options) {
        return defaults().withThreads(options.threads()).withSampleTrenches(options.sampleTrenches())
                .withMinObjectArea(options.minObjectArea()).withPolicy(options.policy());
    }

    public ScanConfig withThreads(int v) {
        return new ScanConfig(v, sampleTrenches, minObjectArea, policy, maxFindings, maxFindingsPerChunk, memoryBudget);
    }

    public ScanConfig withSampleTrenches(int v) {
        return new ScanConfig(threads, v, minObjectArea, policy, maxFindings, maxFindingsPerChunk, memoryBudget);
    }

    public ScanConfig withMinObjectArea(int v) {
        return new ScanConfig(threads, sampleTrenches, v, policy, maxFindings, maxFindingsPerChunk, memoryBudget);
    }

    public ScanConfig withPolicy(RulePolicy v) {
        return new ScanConfig(threads, sampleTrenches, minObjectArea, v, maxFindings, maxFindingsPerChunk, memoryBudget);
    }

    public ScanConfig withFindingLimits(int total, int perChunk) {
        return new ScanConfig(threads, sampleTrenches, minObjectArea, policy, total, perChunk, memoryBudget);
    }

    public ScanConfig withMemoryBudget(long v) {
        return new ScanConfig(threads, sampleTrenches, minObjectArea, policy, maxFindings, maxFindingsPerChunk, v);
    }
}
