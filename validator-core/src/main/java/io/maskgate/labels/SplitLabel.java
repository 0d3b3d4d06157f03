package io.maskgate.labels;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;

/** A label used for several separate objects in one frame. */
@RuleInfo(code = "LABEL_SPLIT", severity = Severity.ERROR, category = Category.LABELS,
        summary = "Each label of a frame must be one 4-connected object.",
        hint = "The same label value was given to separate objects (a renumbering bug, or labels above 255 wrapping "
                + "around in a uint8 cast); relabel the frame so that every object has its own label.")
public final class SplitLabel implements FrameRule {

    static final RuleMeta META = RuleMeta.of(SplitLabel.class);

    /** Component boxes listed in one message; the rest are counted. */
    static final int MAX_BOXES = 5;

    @Override
    public void check(FrameAnalysis frame, int time, LabelFindingSink out) {
        for (int i = 0, n = frame.labelCount(); i < n; i++) {
            int label = frame.labelAt(i);
            if (frame.components(label) > 1 && out.count(META)) {
                out.report(META, time, label, message(frame, label));
            }
        }
    }

    private static String message(FrameAnalysis frame, int label) {
        int[][] boxes = frame.componentBoxes(label);
        StringBuilder sb = new StringBuilder("label ").append(label).append(" forms ").append(boxes.length)
                .append(" separate 4-connected components (").append(frame.area(label)).append(" px): ");
        for (int c = 0; c < Math.min(boxes.length, MAX_BOXES); c++) {
            int[] b = boxes[c];
            sb.append(c == 0 ? "" : "; ").append(LabelText.box(b[0], b[1], b[2], b[3]));
        }
        if (boxes.length > MAX_BOXES) {
            sb.append("; and ").append(boxes.length - MAX_BOXES).append(" more");
        }
        return sb.toString();
    }
}
