package io.maskgate.store.scan;

import io.maskgate.labels.LabelFindingSink;
import io.maskgate.labels.LabelStats;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.RulePolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The label findings of one chunk, collected by one worker: counts every violation into the
 * hypothesis statistics, drops codes the policy ignores before any message is built, and lists at
 * most {@code perChunkLimit} findings (in time order, so the choice is deterministic).
 */
final class ChunkFindings implements LabelFindingSink {

    private final RuleMeta[] rules;
    private final RulePolicy policy;
    private final int perChunkLimit;
    private final boolean[] ignored;

    private Integer hypothesisBoxed;
    private Integer epoch;
    private Integer trench;
    private String file;
    private LabelStats stats;
    private List<Finding> chunkErrors;
    private List<Finding> listed;
    private long[] omitted;
    private long counted;

    ChunkFindings(List<RuleMeta> rules, RulePolicy policy, int perChunkLimit) {
        this.rules = rules.toArray(new RuleMeta[0]);
        this.policy = policy;
        this.perChunkLimit = perChunkLimit;
        this.ignored = new boolean[this.rules.length];
    }

    /** Starts the findings of chunk (hypothesis, trench) stored in {@code file}. */
    void start(int hypothesis, Integer epoch, int trench, String file, LabelStats stats) {
        this.hypothesisBoxed = hypothesis;
        this.epoch = epoch;
        this.trench = trench;
        this.file = file;
        this.stats = stats;
        this.chunkErrors = new ArrayList<>(0);
        this.listed = new ArrayList<>();
        this.omitted = new long[rules.length];
        this.counted = 0;
        if (!policy.overrides().isEmpty()) {
            for (int i = 0; i < rules.length; i++) {
                ignored[i] = policy.apply(rules[i].finding(file, Location.NONE, "")).isEmpty();
            }
        }
    }

    /** A finding about the chunk as a whole (it could not be read); never limited. */
    void chunkError(Finding finding) {
        chunkErrors.add(finding);
    }

    Location location(Integer time, Integer label) {
        return Location.mask(hypothesisBoxed, epoch, trench, time, label);
    }

    String file() {
        return file;
    }

    /** The findings of the chunk, handed to the in-order emitter. */
    ChunkOutcome finish() {
        return new ChunkOutcome(chunkErrors, listed, omitted, counted);
    }

    @Override
    public boolean count(RuleMeta rule) {
        int i = index(rule);
        stats.finding(i);
        if (ignored[i]) {
            return false;
        }
        counted++;
        if (listed.size() < perChunkLimit) {
            return true;
        }
        omitted[i]++;
        return false;
    }

    @Override
    public void report(RuleMeta rule, int time, int label, String message) {
        listed.add(rule.finding(file, location(time < 0 ? null : time, label < 0 ? null : label), message));
    }

    private int index(RuleMeta rule) {
        for (int i = 0; i < rules.length; i++) {
            if (rules[i] == rule || rules[i].equals(rule)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a content rule of the label scan: " + rule.code());
    }

    /** The findings of one chunk: errors (always listed), content findings, and content findings counted only. */
    record ChunkOutcome(List<Finding> chunkErrors, List<Finding> listed, long[] omitted, long counted) {
    }
}
