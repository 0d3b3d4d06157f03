package io.maskgate.labels;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the label integrity area (codes {@code LABEL_*}). */
public final class LabelRules implements RuleSet {

    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(SplitLabel.class, LabelGap.class, SmallObject.class, NearUint8Limit.class,
                HypothesisDropout.class);
    }

    /** The per-frame rules, in reporting order. */
    public static List<FrameRule> frameRules(int minObjectArea) {
        return List.of(new SplitLabel(), new LabelGap(), new SmallObject(minObjectArea), new NearUint8Limit());
    }

    /** The per-movie rules. */
    public static List<MovieRule> movieRules() {
        return List.of(new HypothesisDropout());
    }

    /** The codes the frame and movie rules report, in a stable order (statistics columns). */
    public static List<RuleMeta> contentRules() {
        return List.of(SplitLabel.META, LabelGap.META, SmallObject.META, NearUint8Limit.META, HypothesisDropout.META);
    }
}
