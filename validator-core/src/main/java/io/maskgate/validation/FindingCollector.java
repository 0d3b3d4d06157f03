package io.maskgate.validation;

import io.maskgate.findings.FindingList;
import io.maskgate.findings.FindingStore;
import io.maskgate.findings.SpillSettings;
import io.maskgate.findings.Summary;
import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.RulePolicy;

/**
 * Thread-safe sink that applies the user's {@link RulePolicy} and keeps every finding that remains, with bounded
 * heap: beyond an in-memory budget findings go to temporary files ({@link FindingStore}).
 */
public final class FindingCollector implements FindingSink, AutoCloseable {

    private final RulePolicy policy;
    private final FindingStore store;

    public FindingCollector(RulePolicy policy) {
        this(policy, SpillSettings.defaults());
    }

    public FindingCollector(RulePolicy policy, SpillSettings spill) {
        this.policy = policy;
        this.store = new FindingStore(spill);
    }

    @Override
    public void accept(Finding finding) {
        if (policy.overrides().isEmpty()) {
            store.add(finding);
        } else {
            policy.apply(finding).ifPresent(store::add);
        }
    }

    /** Counts per severity and code of what was kept so far. */
    public Summary summary() {
        return store.summary();
    }

    /**
     * Every finding kept, in {@link Finding#ORDER} (made total by {@link FindingStore#ORDER}); called once, after
     * the last finding. Close the result, or the report holding it, to delete its temporary files.
     */
    public FindingList finish() {
        return store.finish();
    }

    /** Deletes temporary files when {@link #finish()} was not reached (the validation failed). */
    @Override
    public void close() {
        store.close();
    }
}
