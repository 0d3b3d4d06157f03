package io.maskgate.labels;

/** Per-frame facts of one movie, gathered while its frames were analysed. */
public interface MovieSummary {

    /** Number of time points. */
    int times();

    /** Number of objects (distinct labels) in the frame at {@code time}. */
    int objects(int time);
}
