package io.maskgate.labels;

import io.maskgate.rules.RuleMeta;

/**
 * Where label rules report, for one movie (one hypothesis of one trench) at a time. Reporting is
 * two-step so that a clean frame costs nothing and a violation the user's policy ignores costs no
 * message string:
 * <pre>if (out.count(META)) { out.report(META, time, label, message(...)); }</pre>
 */
public interface LabelFindingSink {

    /** No label: the finding is about the whole frame or movie. */
    int NO_LABEL = -1;

    /** No time point: the finding is about the whole movie. */
    int NO_TIME = -1;

    /** Counts one violation of {@code rule}; true when the caller should then {@link #report} it. */
    boolean count(RuleMeta rule);

    /**
     * Lists the violation just counted. {@code time} and {@code label} may be {@link #NO_TIME} and
     * {@link #NO_LABEL}; hypothesis, epoch, trench and file come from the movie being checked.
     */
    void report(RuleMeta rule, int time, int label, String message);
}
