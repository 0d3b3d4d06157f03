package io.maskgate.agreement;

import java.util.List;

/**
 * A maximal run of frames of one trench where the late hypotheses disagree among themselves, merged across
 * short gaps of agreeing frames: what a repair-based tracker should revisit with the full hypothesis set.
 *
 * @param trench          trench index
 * @param fov             the trench's field of view from {@code trench_mapping}; empty when unknown
 * @param start           first ambiguous frame (time index)
 * @param end             last ambiguous frame, inclusive
 * @param ambiguousFrames frames in [start, end] that are ambiguous (the rest are gaps that were bridged)
 * @param epochs          the late hypotheses (by epoch, or index when the store has no epochs) that disagree with
 *                        the others: those in the most disagreeing pairs
 * @param kinds           {@link Kinds} flags: what the disagreeing hypotheses do that the others do not
 */
public record AgreementInterval(int trench, String fov, int start, int end, int ambiguousFrames, List<Integer> epochs,
                                int kinds) {

    public AgreementInterval {
        epochs = List.copyOf(epochs);
        fov = fov == null ? "" : fov;
    }

    /** Frames from start to end, inclusive. */
    public int frames() {
        return end - start + 1;
    }

    /** The kinds by name, such as {@code split+missing}. */
    public String kindNames() {
        return Kinds.names(kinds);
    }
}
