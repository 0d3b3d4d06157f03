package io.maskgate.report.writer;

import io.maskgate.report.Report;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings grouped as on the console: by severity, then code, each with its rule summary and hint. The first
 * few are shown, the rest of a code behind "N more"; beyond {@value #MAX_PER_CODE} per code or
 * {@value #MAX_LISTED} in all the page says how many it leaves to the JSON, TSV and XLSX reports, so a store with
 * millions of findings still gives a page a browser opens. One pass over the findings; memory bounded by the caps.
 */
final class HtmlFindingsSection implements HtmlSection {

    /** Findings listed per code. */
    static final int MAX_PER_CODE = 1_000;
    /** Findings listed in the whole page. */
    static final int MAX_LISTED = 20_000;

    private final ReportStyle style;
    private final RuleLookup rules;

    HtmlFindingsSection(ReportStyle style, RuleLookup rules) {
        this.style = style;
        this.rules = rules;
    }

    private record Key(Severity severity, String code) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::severity).thenComparing(Key::code);
    }

    private static final class Group {
        long count;
        final List<Finding> listed = new ArrayList<>();
    }

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String title() {
        return "Findings";
    }

    @Override
    public boolean appliesTo(Report report) {
        return true;
    }

    @Override
    public void write(Report report, Html html) throws IOException {
        if (report.findings().isEmpty()) {
            html.raw("<p>").text("No problems found.").raw("</p>\n");
            return;
        }
        Map<Key, Group> groups = new TreeMap<>(Key.ORDER);
        int listed = 0;
        for (Finding f : report.findings()) {
            Group g = groups.computeIfAbsent(new Key(f.severity(), f.code()), k -> new Group());
            g.count++;
            if (g.listed.size() < MAX_PER_CODE && listed < MAX_LISTED) {
                g.listed.add(f);
                listed++;
            }
        }
        int shown = (int) Math.min(Integer.MAX_VALUE, Math.max(1, style.examplesShown()));
        Set<String> anchors = new HashSet<>();
        for (Map.Entry<Key, Group> e : groups.entrySet()) {
            group(e.getKey(), e.getValue(), shown, anchors, html);
        }
    }

    private void group(Key key, Group g, int shown, Set<String> anchors, Html html) throws IOException {
        String severity = key.severity().id();
        String anchor = anchor(key.code());
        html.raw("<div class=\"code sev-" + severity + "\"" + (anchors.add(anchor) ? " id=\"code-" + anchor + "\"" : "") + ">")
                .raw("<h3><span class=\"badge " + severity + "\">" + severity + "</span> ").text(key.code())
                .text(" — " + Texts.count(g.count, "finding", "findings")).raw("</h3>\n");
        String summary = rules.summary(key.code());
        if (!summary.isEmpty()) {
            html.raw("<p class=\"muted\">").text(summary).raw("</p>\n");
        }
        List<Finding> first = g.listed.subList(0, Math.min(shown, g.listed.size()));
        String hint = g.listed.isEmpty() ? "" : g.listed.get(0).hint();
        table(first, hint, html);
        if (!hint.isEmpty()) {
            html.raw("<p class=\"hint\">hint: ").text(hint).raw("</p>\n");
        }
        List<Finding> rest = g.listed.subList(first.size(), g.listed.size());
        if (!rest.isEmpty()) {
            html.raw("<details><summary>").text(Html.number(g.count - first.size()) + " more")
                    .raw("</summary>\n");
            table(rest, hint, html);
            html.raw("</details>\n");
        }
        long unlisted = g.count - g.listed.size();
        if (unlisted > 0) {
            html.raw("<p class=\"muted\">").text(Html.number(unlisted) + " more not listed here (this page lists at most "
                    + Html.number(MAX_PER_CODE) + " findings per code and " + Html.number(MAX_LISTED)
                    + " in all); the JSON, TSV and XLSX reports list every finding.").raw("</p>\n");
        }
        html.raw("</div>\n");
    }

    /** The findings, one per row; a hint other than the code's own is shown with its finding. */
    private static void table(List<Finding> findings, String sectionHint, Html html) throws IOException {
        html.raw("<table><tr><th>File</th><th>Location</th><th>Message</th></tr>\n");
        for (Finding f : findings) {
            html.raw("<tr><td class=\"mono\">").text(f.file().isEmpty() ? "(target)" : Texts.printable(f.file()))
                    .raw("</td><td>").text(Texts.printable(f.location().describe())).raw("</td><td>")
                    .text(Texts.printable(f.message()));
            if (!f.hint().isEmpty() && !f.hint().equals(sectionHint)) {
                html.raw("<br><span class=\"muted\">hint: ").text(f.hint()).raw("</span>");
            }
            html.raw("</td></tr>\n");
        }
        html.raw("</table>\n");
    }

    /** An id-safe form of a rule code. */
    static String anchor(String code) {
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            sb.append(ok ? c : '-');
        }
        return sb.toString();
    }
}
