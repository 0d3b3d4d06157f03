package io.maskgate.labels;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;

/** An object smaller than the minimum object area (Omnipose {@code min_size}, 15 px by default). */
@RuleInfo(code = "LABEL_SMALL_OBJECT", severity = Severity.WARNING, category = Category.LABELS,
        summary = "Each object must have at least the minimum object area (option minObjectArea, default 15 px, Omnipose's min_size).",
        hint = "Tiny objects are usually segmentation fragments; remove them or merge them into their cell. "
                + "Change the threshold with the minObjectArea option if your cells are really that small.")
public final class SmallObject implements FrameRule {

    static final RuleMeta META = RuleMeta.of(SmallObject.class);

    private final int minArea;

    /** @param minArea objects with fewer pixels are reported */
    public SmallObject(int minArea) {
        this.minArea = minArea;
    }

    @Override
    public void check(FrameAnalysis frame, int time, LabelFindingSink out) {
        for (int i = 0, n = frame.labelCount(); i < n; i++) {
            int label = frame.labelAt(i);
            int area = frame.area(label);
            if (area < minArea && out.count(META)) {
                out.report(META, time, label, "label " + label + " has " + area + " px"
                        + ", less than the minimum object area of " + minArea + " px ("
                        + LabelText.box(frame.minY(label), frame.maxY(label), frame.minX(label), frame.maxX(label)) + ")");
            }
        }
    }
}
