package io.maskgate.report;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console report: findings grouped by code (errors first, then warnings, then infos; codes sorted), a few
 * examples per code with the rest folded into "… N more like this", what was checked, and the counts.
 */
final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";
    private static final String DIM = "\u001b[2m";

    private final ReportStyle style;
    private final RuleLookup rules;

    TextReportWriter(ReportStyle style, RuleLookup rules) {
        this.style = style;
        this.rules = rules;
    }

    /** One group of the console report: the findings of one code at one severity. */
    private static final class Group {
        final Severity severity;
        final String code;
        long count;
        final List<Finding> examples = new ArrayList<>();

        Group(Severity severity, String code) {
            this.severity = severity;
            this.code = code;
        }
    }

    /** Severity first (a policy may re-classify one code per path, so a code can appear at two severities). */
    private record GroupKey(Severity severity, String code) {
        static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::severity).thenComparing(GroupKey::code);
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        header(report, w);
        Summary summary = report.summary();
        if (report.findings().isEmpty()) {
            w.write(paint(GREEN + BOLD, "No problems found.") + "\n");
            checked(report, w);
        } else {
            for (Group g : group(report.findings(), style.examplesShown()).values()) {
                group(g, w);
            }
            checked(report, w);
            w.write(countLine(summary) + "\n");
        }
        w.flush();
    }

    private void header(Report report, Writer w) throws IOException {
        Report.Target t = report.target();
        String detail = t.detail() == null || t.detail().isEmpty() ? "" : " (" + t.detail() + ")";
        w.write(paint(BOLD, report.tool().name() + " " + report.tool().version()) + " · "
                + Texts.printable(t.kind()) + " " + Texts.printable(t.path()) + Texts.printable(detail) + "\n\n");
    }

    private static Map<GroupKey, Group> group(List<Finding> findings, long examples) {
        Map<GroupKey, Group> groups = new TreeMap<>(GroupKey.ORDER);
        for (Finding f : findings) {
            Group g = groups.computeIfAbsent(new GroupKey(f.severity(), f.code()), k -> new Group(k.severity(), k.code()));
            g.count++;
            if (g.examples.size() < examples) {
                g.examples.add(f);
            }
        }
        return groups;
    }

    private void group(Group g, Writer w) throws IOException {
        String label = g.severity.name();
        w.write(paint(severityColour(g.severity) + BOLD, label) + " " + paint(BOLD, g.code) + "  "
                + Texts.count(g.count, "finding", "findings") + "\n");
        String summary = rules.summary(g.code);
        if (!summary.isEmpty()) {
            w.write("  " + paint(DIM, Texts.printable(summary)) + "\n");
        }
        String groupHint = g.examples.isEmpty() ? "" : g.examples.get(0).hint();
        for (Finding f : g.examples) {
            w.write("  - " + indentContinuation(where(f) + ": " + Texts.printable(f.message()), "    ") + "\n");
            if (!f.hint().isEmpty() && !f.hint().equals(groupHint)) {
                w.write("    hint: " + indentContinuation(Texts.printable(f.hint()), "      ") + "\n");
            }
        }
        if (!groupHint.isEmpty()) {
            w.write("  hint: " + indentContinuation(Texts.printable(groupHint), "    ") + "\n");
        }
        long folded = g.count - g.examples.size();
        if (folded > 0) {
            w.write("  … " + folded + " more like this" + "\n");
        }
        w.write("\n");
    }

    /** {@code file [location]}; the target itself is shown as {@code (target)}. */
    static String where(Finding f) {
        String file = f.file().isEmpty() ? "(target)" : Texts.printable(f.file());
        String loc = f.location().describe();
        return loc.isEmpty() ? file : file + " [" + Texts.printable(loc) + "]";
    }

    private static String indentContinuation(String text, String indent) {
        return text.indexOf('\n') < 0 ? text : text.replace("\n", "\n" + indent);
    }

    private void checked(Report report, Writer w) throws IOException {
        if (report.checked().isEmpty()) {
            return;
        }
        w.write("Checked:\n");
        for (Checked c : report.checked()) {
            String detail = c.detail().isEmpty() ? "" : " (" + Texts.printable(c.detail()) + ")";
            w.write("  - " + Texts.printable(c.what()) + ": " + String.format(Locale.ROOT, "%,d", c.count()) + detail + "\n");
        }
        w.write("\n");
    }

    private String countLine(Summary s) {
        String line = Texts.count(s.errors(), "error", "errors") + ", " + Texts.count(s.warnings(), "warning", "warnings")
                + ", " + Texts.count(s.infos(), "info", "infos") + " in " + Texts.count(s.byCode().size(), "code", "codes");
        String colour = s.errors() > 0 ? RED : s.warnings() > 0 ? YELLOW : CYAN;
        return paint(colour + BOLD, line);
    }

    private static String severityColour(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private String paint(String ansi, String text) {
        return style.color() ? ansi + text + RESET : text;
    }
}
