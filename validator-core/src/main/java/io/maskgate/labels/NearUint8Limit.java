package io.maskgate.labels;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;

/**
 * A frame whose largest label approaches 255, the uint8 maximum. Real frames hold about 0–10 cells,
 * so a label of 240 or more means either an extreme over-segmentation or labels that were cut to
 * uint8 (label 256 becomes background, 257 merges into label 1): both worth a look. The threshold
 * leaves 15 labels of headroom, so a frame is flagged before it can wrap, not only after.
 */
@RuleInfo(code = "LABEL_NEAR_UINT8_LIMIT", severity = Severity.WARNING, category = Category.LABELS,
        summary = "The largest label of a frame should stay well below 255, the uint8 maximum (flagged from 240).",
        hint = "Check the frame for over-segmentation, and whether more than 255 objects were cast to uint8 "
                + "(objects above 255 wrap around to background or to low labels); store such masks as uint16.")
public final class NearUint8Limit implements FrameRule {

    static final RuleMeta META = RuleMeta.of(NearUint8Limit.class);

    /** Frames whose maximum label is at least this are reported. */
    public static final int THRESHOLD = 240;

    @Override
    public void check(FrameAnalysis frame, int time, LabelFindingSink out) {
        int max = frame.maxLabel();
        if (max >= THRESHOLD && out.count(META)) {
            out.report(META, time, LabelFindingSink.NO_LABEL, "max label " + max + " (" + frame.labelCount()
                    + " objects) is " + (max == 255 ? "the" : 255 - max + " below the") + " uint8 maximum 255");
        }
    }
}
