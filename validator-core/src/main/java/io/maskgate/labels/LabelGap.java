package io.maskgate.labels;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;

/** Labels of a frame that are not 1..N without gaps. */
@RuleInfo(code = "LABEL_GAP", severity = Severity.WARNING, category = Category.LABELS,
        summary = "The labels of a frame must be 1..N without gaps (N = number of objects), as Omnipose renumbers them.",
        hint = "Renumber the frame's labels consecutively from 1 (e.g. fastremap.renumber or "
                + "skimage.segmentation.relabel_sequential); a gap often means an object was deleted or lost.")
public final class LabelGap implements FrameRule {

    static final RuleMeta META = RuleMeta.of(LabelGap.class);

    /** Missing labels listed in one message; the rest are counted. */
    static final int MAX_LISTED = 10;

    @Override
    public void check(FrameAnalysis frame, int time, LabelFindingSink out) {
        // Distinct labels in 1..max equal max exactly when none is missing.
        if (frame.labelCount() != frame.maxLabel() && out.count(META)) {
            out.report(META, time, LabelFindingSink.NO_LABEL, message(frame));
        }
    }

    private static String message(FrameAnalysis frame) {
        int max = frame.maxLabel();
        int missing = max - frame.labelCount();
        StringBuilder sb = new StringBuilder("labels are not 1..").append(max).append(" without gaps: ")
                .append(missing).append(missing == 1 ? " label missing (" : " labels missing (");
        int listed = 0;
        for (int label = 1; label < max && listed < MAX_LISTED; label++) {
            if (!frame.present(label)) {
                sb.append(listed == 0 ? "" : ", ").append(label);
                listed++;
            }
        }
        if (missing > listed) {
            sb.append(", and ").append(missing - listed).append(" more");
        }
        return sb.append("); ").append(frame.labelCount()).append(" objects, max label ").append(max).toString();
    }
}
