package io.maskgate.report.writer;

import io.maskgate.findings.Summary;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
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
 * The console report: findings grouped by code (errors first, then warnings, then infos; codes sorted), what was
 * checked, and the counts. Within a code, repeated mask findings are grouped per (hypothesis, trench): each of the
 * first few groups is shown by its first finding and "… N more like this in hypothesis h, trench t"; other findings
 * are shown one by one. What does not fit the examples is folded into "… N more like this in M more groups".
 *
 * <p>Streams: one pass over the findings keeps per code a count, a few examples and the set of other groups, so a
 * report spilled to disk with millions of findings is shown in bounded memory. Verbose output lists every finding of
 * a code with one more pass per code.
 */
final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";
    private static final String DIM = "\u001b[2m";

    /**
     * Distinct folded (hypothesis, trench) groups counted per report (at most 16 MB of keys; a whole real store has
     * about 47,500 chunks); beyond, a count says "at least".
     */
    static final int MAX_COUNTED_GROUPS = 1 << 19;

    private final ReportStyle style;
    private final RuleLookup rules;

    TextReportWriter(ReportStyle style, RuleLookup rules) {
        this.style = style;
        this.rules = rules;
    }

    /** One shown example: a single finding, or the first finding of a (hypothesis, trench) group and its size. */
    private static final class Example {
        final Finding first;
        final long key;
        final boolean grouped;
        long count = 1;

        Example(Finding first, long key, boolean grouped) {
            this.first = first;
            this.key = key;
            this.grouped = grouped;
        }
    }

    /** One section of the console report: the findings of one code at one severity. */
    private static final class Section {
        final Severity severity;
        final String code;
        long count;
        Finding first;
        final List<Example> examples = new ArrayList<>();
        /** Folded findings: in groups not shown, and ungrouped ones. */
        long foldedGrouped;
        long foldedSingle;
        final LongSet foldedGroups = new LongSet();
        /** True when some folded group could not be counted (the report's budget of keys was used up). */
        boolean groupsUncounted;

        Section(Severity severity, String code) {
            this.severity = severity;
            this.code = code;
        }
    }

    /** Severity first (a policy may re-classify one code per path, so a code can appear at two severities). */
    private record SectionKey(Severity severity, String code) {
        static final Comparator<SectionKey> ORDER = Comparator.comparing(SectionKey::severity).thenComparing(SectionKey::code);
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        header(report, w);
        Summary summary = report.summary();
        if (report.findings().isEmpty()) {
            w.write(paint(GREEN + BOLD, "No problems found.") + "\n");
            checked(report, w);
            agreement(report, w);
        } else {
            for (Section s : sections(report.findings(), style.verbose() ? 0 : style.examplesPerCode(), style.verbose()).values()) {
                if (style.verbose()) {
                    everyFinding(s, report.findings(), w);
                } else {
                    section(s, w);
                }
            }
            checked(report, w);
            agreement(report, w);
            w.write(countLine(summary) + "\n");
        }
        w.flush();
    }
    private void header(Report report, Writer w) throws IOException {
        Report.Target t = report.target();
        String detail = t.detail() == null || t.detail().isEmpty() ? "" : " (" + t.detail() + ")";
        w.write(paint(BOLD, report.tool().name() + " " + report.tool().version()) + " · "
                + Texts.printable(t.kind()) + " " + Texts.printable(t.path()) + Texts.printable(detail) + "\n");
        if (t.profile() != null) {
            w.write("profile " + Texts.printable(t.profile().describe()) + "\n");
        }
        w.write("\n");
    }

    /** One pass: counts, the first {@code examples} examples of each section, and the folded groups. */
    private static Map<SectionKey, Section> sections(List<Finding> findings, int examples, boolean verbose) {
        Map<SectionKey, Section> sections = new TreeMap<>(SectionKey.ORDER);
        int keyBudget = verbose ? 0 : MAX_COUNTED_GROUPS; // verbose shows no groups: nothing to count
        Section s = null;
        for (Finding f : findings) {
            if (s == null || s.severity != f.severity() || !s.code.equals(f.code())) {
                s = sections.computeIfAbsent(new SectionKey(f.severity(), f.code()),
                        k -> new Section(k.severity(), k.code()));
            }
            s.count++;
            if (s.first == null) {
                s.first = f;
            }
            Location l = f.location();
            boolean grouped = l.hypothesis() != null || l.trench() != null;
            long key = grouped ? groupKey(l.hypothesis(), l.trench()) : 0;
            Example example = grouped ? shownGroup(s, key) : null;
            if (example != null) {
                example.count++;
            } else if (s.examples.size() < examples) {
                s.examples.add(new Example(f, key, grouped));
            } else if (grouped) {
                s.foldedGrouped++;
                if (keyBudget > 0) {
                    if (s.foldedGroups.add(key)) {
                        keyBudget--;
                    }
                } else if (!verbose && !s.foldedGroups.contains(key)) {
                    s.groupsUncounted = true;
                }
            } else {
                s.foldedSingle++;
            }
        }
        return sections;
    }

    private static Example shownGroup(Section s, long key) {
        for (Example e : s.examples) {
            if (e.grouped && e.key == key) {
                return e;
            }
        }
        return null;
    }

    /**
     * (hypothesis, trench) in one long; null as {@link Integer#MIN_VALUE}, which no store index takes (chunk
     * indices are never negative), so at worst two absurd findings share a group count.
     */
    private static long groupKey(Integer hypothesis, Integer trench) {
        int h = hypothesis == null ? Integer.MIN_VALUE : hypothesis;
        int t = trench == null ? Integer.MIN_VALUE : trench;
        return ((long) h << 32) | (t & 0xFFFFFFFFL);
    }

    private void sectionHeader(Section s, Writer w) throws IOException {
        w.write(paint(severityColour(s.severity) + BOLD, s.severity.name()) + " " + paint(BOLD, s.code) + "  "
                + Texts.count(s.count, "finding", "findings") + "\n");
        String summary = rules.summary(s.code);
        if (!summary.isEmpty()) {
            w.write("  " + paint(DIM, Texts.printableLines(summary)) + "\n");
        }
    }

    private void section(Section s, Writer w) throws IOException {
        sectionHeader(s, w);
        String sectionHint = s.first.hint();
        for (Example e : s.examples) {
            Finding f = e.first;
            w.write("  - " + indentContinuation(where(f) + ": " + Texts.printable(f.message()), "    ") + "\n");
            if (!f.hint().isEmpty() && !f.hint().equals(sectionHint)) {
                w.write("    hint: " + indentContinuation(Texts.printableLines(f.hint()), "      ") + "\n");
            }
            if (e.count > 1) {
                Location l = f.location();
                w.write("    … " + (e.count - 1) + " more like this in "
                        + Location.mask(l.hypothesis(), null, l.trench(), null, null).describe() + "\n");
            }
        }
        if (!sectionHint.isEmpty()) {
            w.write("  hint: " + indentContinuation(Texts.printableLines(sectionHint), "    ") + "\n");
        }
        long folded = s.foldedGrouped + s.foldedSingle;
        if (folded > 0) {
            String line = "  … " + folded + " more like this";
            if (s.foldedGrouped > 0) {
                String groups = (s.groupsUncounted ? "more than " : "") + s.foldedGroups.size();
                line += " in " + groups + " more " + (s.foldedGroups.size() == 1 ? "group" : "groups")
                        + " (hypothesis, trench)";
                if (s.foldedSingle > 0) {
                    line += " and " + s.foldedSingle + " more single " + (s.foldedSingle == 1 ? "finding" : "findings");
                }
            }
            w.write(line + "\n");
        }
        w.write("\n");
    }

    /** Verbose: every finding of the section, read in a pass of its own. */
    private void everyFinding(Section s, List<Finding> findings, Writer w) throws IOException {
        sectionHeader(s, w);
        String sectionHint = s.first.hint();
        for (Finding f : findings) {
            if (f.severity() != s.severity || !f.code().equals(s.code)) {
                continue;
            }
            w.write("  - " + indentContinuation(where(f) + ": " + Texts.printable(f.message()), "    ") + "\n");
            if (!f.hint().isEmpty() && !f.hint().equals(sectionHint)) {
                w.write("    hint: " + indentContinuation(Texts.printableLines(f.hint()), "      ") + "\n");
            }
        }
        if (!sectionHint.isEmpty()) {
            w.write("  hint: " + indentContinuation(Texts.printableLines(sectionHint), "    ") + "\n");
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

    /** The agreement section in a few lines ({@link AgreementText}). */
    private void agreement(Report report, Writer w) throws IOException {
        if (report.agreement() == null) {
            return;
        }
        for (String line : AgreementText.lines(report.agreement())) {
            w.write(line + "\n");
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
