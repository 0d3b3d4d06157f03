package io.maskgate.labels;

import io.maskgate.rules.Rule;

/**
 * A label rule about one 2-D frame, checked on the kernel's analysis of that frame. A frame rule
 * must report nothing for a frame without objects: absent chunks (background only) are not
 * analysed frame by frame.
 */
public interface FrameRule extends Rule {

    /** Checks one frame; must be cheap when the frame is clean (it runs 34 million times). */
    void check(FrameAnalysis frame, int time, LabelFindingSink out);
}
