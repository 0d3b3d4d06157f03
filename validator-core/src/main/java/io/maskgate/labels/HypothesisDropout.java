package io.maskgate.labels;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;

/** A hypothesis that loses every object for one frame while it has objects just before and after. */
@RuleInfo(code = "LABEL_HYPOTHESIS_DROPOUT", severity = Severity.INFO, category = Category.LABELS,
        summary = "A hypothesis should not lose all objects in a frame when the frames before and after it have objects.",
        hint = "Cells do not vanish for 30 s: the segmentation failed on this frame (focus, illumination, a skipped "
                + "inference). Trackers should bridge the frame or take it from another hypothesis.")
public final class HypothesisDropout implements MovieRule {

    static final RuleMeta META = RuleMeta.of(HypothesisDropout.class);

    @Override
    public void check(MovieSummary movie, LabelFindingSink out) {
        for (int t = 1, n = movie.times() - 1; t < n; t++) {
            if (movie.objects(t) == 0 && movie.objects(t - 1) > 0 && movie.objects(t + 1) > 0 && out.count(META)) {
                out.report(META, t, LabelFindingSink.NO_LABEL, "no objects at time " + t + ", while time " + (t - 1)
                        + " has " + movie.objects(t - 1) + " and time " + (t + 1) + " has " + movie.objects(t + 1));
            }
        }
    }
}
