package io.maskgate.store.scan;

import io.maskgate.rules.RulePolicy;
import io.maskgate.store.kernel.KernelConfig;
import io.maskgate.validation.ValidationOptions;

/**
 * Settings of one pixel scan.
 *
 * @param threads        worker threads (at most; fewer when the memory budget demands)
 * @param sampleTrenches 0 = every trench; otherwise this many evenly spaced trenches, the same for every hypothesis
 * @param minObjectArea  objects with fewer pixels are reported ({@code LABEL_SMALL_OBJECT})
 * @param policy         the user's re-classifications; ignored codes build no findings
 * @param memoryBudget   heap bytes the workers may use for buffers, fetched chunks and accumulators
 * @param readAhead      chunk fetches kept in flight ahead of the workers (remote stores); 0 = each worker
 *                       fetches its own chunks when it needs them (local files)
 */
public record ScanConfig(int threads, int sampleTrenches, int minObjectArea, RulePolicy policy, long memoryBudget,
                         int readAhead) {

    /** Settings without read-ahead. */
    public ScanConfig(int threads, int sampleTrenches, int minObjectArea, RulePolicy policy, long memoryBudget) {
        this(threads, sampleTrenches, minObjectArea, policy, memoryBudget, 0);
    }

    public ScanConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (sampleTrenches < 0 || minObjectArea < 0 || memoryBudget < 0 || readAhead < 0) {
            throw new IllegalArgumentException("negative scan setting");
        }
        policy = policy == null ? RulePolicy.DEFAULT : policy;
    }

    /** Defaults: all cores, every trench, 15 px, half the heap. */
    public static ScanConfig defaults() {
        return new ScanConfig(Runtime.getRuntime().availableProcessors(), 0, 15, RulePolicy.DEFAULT,
                Runtime.getRuntime().maxMemory() / 2);
    }

    /** The scan settings of a validation run. */
    public static ScanConfig from(ValidationOptions options) {
        return defaults().withThreads(options.threads()).withSampleTrenches(options.sampleTrenches())
                .withMinObjectArea(options.minObjectArea()).withPolicy(options.policy());
    }

    /** The rule configuration of the scan's kernel. */
    public KernelConfig kernel() {
        return new KernelConfig(minObjectArea, policy);
    }

    public ScanConfig withThreads(int v) {
        return new ScanConfig(v, sampleTrenches, minObjectArea, policy, memoryBudget, readAhead);
    }

    public ScanConfig withSampleTrenches(int v) {
        return new ScanConfig(threads, v, minObjectArea, policy, memoryBudget, readAhead);
    }

    public ScanConfig withMinObjectArea(int v) {
        return new ScanConfig(threads, sampleTrenches, v, policy, memoryBudget, readAhead);
    }

    public ScanConfig withPolicy(RulePolicy v) {
        return new ScanConfig(threads, sampleTrenches, minObjectArea, v, memoryBudget, readAhead);
    }

    public ScanConfig withMemoryBudget(long v) {
        return new ScanConfig(threads, sampleTrenches, minObjectArea, policy, v, readAhead);
    }

    /** With {@code v} chunk fetches in flight ahead of the workers (0 = none). */
    public ScanConfig withReadAhead(int v) {
        return new ScanConfig(threads, sampleTrenches, minObjectArea, policy, memoryBudget, v);
    }
}
