package io.maskgate.labels;

import io.maskgate.rules.Rule;

/** A label rule about a whole movie (one hypothesis of one trench over time), checked on per-frame summaries. */
public interface MovieRule extends Rule {

    void check(MovieSummary movie, LabelFindingSink out);
}
