package io.maskgate.store.kernel;

import io.maskgate.labels.LabelFindingSink;
import io.maskgate.labels.LabelStats;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.RulePolicy;

import java.util.List;

/**
 * The label findings of the movie the kernel is checking: counts every violation into the hypothesis
 * statistics, drops codes the policy ignores before any message is built, and hands every other finding
 * straight to the caller's sink, so a movie holds none in memory however many it has.
 */
final class MovieFindings implements LabelFindingSink {

    private final RuleMeta[] rules;
    private final RulePolicy policy;
    private final boolean[] ignored;

    private FindingSink sink;
    private TrenchStats totals;
    private Integer hypothesisBoxed;
    private Integer epoch;
    private Integer trench;
    private String file;
    private LabelStats stats;

    MovieFindings(List<RuleMeta> rules, RulePolicy policy) {
        this.rules = rules.toArray(new RuleMeta[0]);
        this.policy = policy;
        this.ignored = new boolean[this.rules.length];
    }

    /** Starts the findings of movie (hypothesis, trench), whose label findings name {@code file}. */
    void start(FindingSink sink, TrenchStats totals, int hypothesis, Integer epoch, int trench, String file) {
        this.sink = sink;
        this.totals = totals;
        this.hypothesisBoxed = hypothesis;
        this.epoch = epoch;
        this.trench = trench;
        this.file = file;
        this.stats = totals.hypothesis(hypothesis);
        if (!policy.overrides().isEmpty()) {
            for (int i = 0; i < rules.length; i++) {
                ignored[i] = policy.apply(rules[i].finding(file, Location.NONE, "")).isEmpty();
            }
        }
    }

    Location location(Integer time, Integer label) {
        return Location.mask(hypothesisBoxed, epoch, trench, time, label);
    }

    @Override
    public boolean count(RuleMeta rule) {
        int i = index(rule);
        stats.finding(i);
        return !ignored[i];
    }

    @Override
    public void report(RuleMeta rule, int time, int label, String message) {
        totals.labelReported();
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
