package io.maskgate.report.writer;

import io.maskgate.report.Agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The hypothesis agreement in a few console lines: the curve, how much is ambiguous, the least stable trenches. */
public final class AgreementText {

    private AgreementText() {
    }

    /** The lines, without colour; the first is a heading, the others are indented. */
    public static List<String> lines(Agreement a) {
        List<String> lines = new ArrayList<>();
        lines.add("Hypothesis agreement (reference epoch " + a.referenceEpoch() + ", late epochs " + a.lateEpochs() + "):");
        StringBuilder curve = new StringBuilder("  F1 against the reference by epoch:");
        for (Agreement.EpochPoint p : a.curve()) {
            if (!p.reference()) {
                curve.append(' ').append(p.epoch()).append('=').append(String.format(Locale.ROOT, "%.3f", p.f1()));
            }
        }
        lines.add(curve.toString());
        double share = a.frames() == 0 ? 0 : 100.0 * a.ambiguousFrames() / a.frames();
        lines.add(String.format(Locale.ROOT, "  ambiguous: %,d of %,d frames (%.2f%%) in %,d intervals (a pair of late "
                        + "hypotheses with F1 below %s or different object counts)", a.ambiguousFrames(), a.frames(),
                share, a.intervals(), a.f1Threshold()));
        if (!a.worstTrenches().isEmpty()) {
            StringBuilder worst = new StringBuilder("  least stable trenches:");
            for (Agreement.TrenchSeries t : a.worstTrenches().subList(0, Math.min(5, a.worstTrenches().size()))) {
                worst.append(' ').append(t.trench()).append(" (").append(Texts.printable(t.fov()))
                        .append(t.fov().isEmpty() ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%,d ambiguous frames", t.ambiguousFrames())).append(')');
            }
            lines.add(worst.toString());
        }
        return lines;
    }
}
