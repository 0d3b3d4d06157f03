package io.maskgate.store.scan;

import io.maskgate.labels.LabelFindingSink;
import io.maskgate.labels.LabelStats;
import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.RulePolicy;

import java.util.List;

/**
 * The label findings of the chunks one worker checks: counts every violation into the hypothesis statistics, drops
 * codes the policy ignores before any message is built, and hands every other finding straight to the sink (a
 * thread-safe collector that sorts them), so a chunk holds none in memory however many it has.
 */
final class ChunkFindings implements LabelFindingSink {

    private final RuleMeta[] rules;
    private final RulePolicy policy;
    private final FindingSink sink;
    private final boolean[] ignored;

    private Integer hypothesisBoxed;
    private Integer epoch;
    private Integer trench;
    private String file;
    private LabelStats stats;
    private long reported;

    ChunkFindings(List<RuleMeta> rules, RulePolicy policy, FindingSink sink) {
        this.rules = rules.toArray(new RuleMeta[0]);
        this.policy = policy;
        this.sink = sink;
        this.ignored = new boolean[this.rules.length];
    }

    /** Starts the findings of chunk (hypothesis, trench) stored in {@code file}. */
    void start(int hypothesis, Integer epoch, int trench, String file, LabelStats stats) {
        this.hypothesisBoxed = hypothesis;
        this.epoch = epoch;
        this.trench = trench;
        this.file = file;
        this.stats = stats;
        if (!policy.overrides().isEmpty()) {
            for (int i = 0; i < rules.length; i++) {
                ignored[i] = policy.apply(rules[i].finding(file, Location.NONE, "")).isEmpty();
            }
        }
    }

    /** A finding about the chunk as a whole (it could not be read). */
    void chunkError(Finding finding) {
        sink.accept(finding);
    }

    Location location(Integer time, Integer label) {
        return Location.mask(hypothesisBoxed, epoch, trench, time, label);
    }

    String file() {
        return file;
    }

    /** Label findings handed to the sink so far (policy-ignored ones are not). */
    long reported() {
        return reported;
    }

    @Override
    public boolean count(RuleMeta rule) {
        int i = index(rule);
        stats.finding(i);
        return !ignored[i];
    }

    @Override
    public void report(RuleMeta rule, int time, int label, String message) {
        reported++;
        sink.accept(rule.finding(file, location(time < 0 ? null : time, label < 0 ? null : label), message));
    }

    @SuppressWarnings("ReferenceEquality") // identity first: the scan passes the same instances; equals is the fallback
    private int index(RuleMeta rule) {
        for (int i = 0; i < rules.length; i++) {
            if (rules[i] == rule || rules[i].equals(rule)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a content rule of the label scan: " + rule.code());
    }
}
