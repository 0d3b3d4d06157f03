package io.maskgate.store.kernel;

import io.maskgate.rules.RulePolicy;

/**
 * The rule configuration of the pixel kernel.
 *
 * @param minObjectArea objects with fewer pixels are reported ({@code LABEL_SMALL_OBJECT})
 * @param policy        the user's re-classifications: violations of codes it ignores are counted in the
 *                      statistics but never built into findings
 */
public record KernelConfig(int minObjectArea, RulePolicy policy) {

    public KernelConfig {
        if (minObjectArea < 0) {
            throw new IllegalArgumentException("negative minimum object area: " + minObjectArea);
        }
        policy = policy == null ? RulePolicy.DEFAULT : policy;
    }

    /** 15 px, no policy: the validator's defaults. */
    public static KernelConfig defaults() {
        return new KernelConfig(15, RulePolicy.DEFAULT);
    }
}
