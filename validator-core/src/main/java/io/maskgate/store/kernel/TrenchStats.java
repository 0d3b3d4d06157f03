package io.maskgate.store.kernel;

import io.maskgate.labels.LabelStats;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What the kernel counted over one or more trenches: the label statistics of each hypothesis and the label
 * findings it handed on. Sums, minima, maxima and histograms only, so {@link #merge} is associative and
 * commutative — a scan's result does not depend on how trenches were spread over threads or machines. A plain
 * serialisable value; accumulate into it from one thread at a time.
 */
public final class TrenchStats implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final LabelStats[] hypotheses;
    private long labelFindings;

    /** Empty statistics of {@code hypotheses} hypotheses counting {@code rules} content rules. */
    public TrenchStats(int hypotheses, int rules) {
        if (hypotheses < 1) {
            throw new IllegalArgumentException("at least one hypothesis: " + hypotheses);
        }
        this.hypotheses = new LabelStats[hypotheses];
        for (int h = 0; h < hypotheses; h++) {
            this.hypotheses[h] = new LabelStats(rules);
        }
    }

    /** Heap one instance takes, for memory budgets. */
    public static long bytesNeeded(int hypotheses, int rules) {
        return hypotheses * LabelStats.bytesNeeded(rules) + 64;
    }

    public int hypotheses() {
        return hypotheses.length;
    }

    /** The statistics of {@code hypothesis} (live: the kernel adds to them). */
    public LabelStats hypothesis(int hypothesis) {
        return hypotheses[hypothesis];
    }

    /** Label findings handed to the sink (codes the policy ignores are counted in the statistics, not here). */
    public long labelFindings() {
        return labelFindings;
    }

    void labelReported() {
        labelFindings++;
    }

    /** Adds {@code other} into this and returns this. */
    public TrenchStats merge(TrenchStats other) {
        if (other.hypotheses.length != hypotheses.length) {
            throw new IllegalArgumentException("statistics of " + other.hypotheses.length + " hypotheses merged into "
                    + hypotheses.length);
        }
        for (int h = 0; h < hypotheses.length; h++) {
            hypotheses[h].merge(other.hypotheses[h]);
        }
        labelFindings += other.labelFindings;
        return this;
    }

    public long chunksPresent() {
        long n = 0;
        for (LabelStats s : hypotheses) {
            n += s.chunksPresent();
        }
        return n;
    }

    public long chunksAbsent() {
        long n = 0;
        for (LabelStats s : hypotheses) {
            n += s.chunksAbsent();
        }
        return n;
    }

    public long chunksFailed() {
        long n = 0;
        for (LabelStats s : hypotheses) {
            n += s.chunksFailed();
        }
        return n;
    }

    public long frames() {
        long n = 0;
        for (LabelStats s : hypotheses) {
            n += s.frames();
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrenchStats s && labelFindings == s.labelFindings && Arrays.equals(hypotheses, s.hypotheses);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(labelFindings) + Arrays.hashCode(hypotheses);
    }

    @Override
    public String toString() {
        return "TrenchStats[" + hypotheses.length + " hypotheses, " + chunksPresent() + " present, " + chunksAbsent()
                + " absent, " + chunksFailed() + " failed, " + frames() + " frames, " + labelFindings + " findings]";
    }
}
