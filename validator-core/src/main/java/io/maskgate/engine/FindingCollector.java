package io.maskgate.engine;

import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.RulePolicy;

import java.util.ArrayList;
import java.util.List;

/** Thread-safe sink that applies the user's {@link RulePolicy} and keeps what remains. */
public final class FindingCollector implements FindingSink {

    private final RulePolicy policy;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(RulePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void accept(Finding finding) {
        policy.apply(finding).ifPresent(f -> {
            synchronized (findings) {
                findings.add(f);
            }
        });
    }

    /** The findings so far, in {@link Finding#ORDER}. */
    public List<Finding> sorted() {
        List<Finding> copy;
        synchronized (findings) {
            copy = new ArrayList<>(findings);
        }
        copy.sort(Finding.ORDER);
        return copy;
    }
}
