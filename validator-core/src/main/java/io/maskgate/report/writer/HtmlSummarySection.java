package io.maskgate.report.writer;

import io.maskgate.findings.Summary;
import io.maskgate.report.Report;
import io.maskgate.rules.Severity;

import java.io.IOException;
import java.util.Map;

/** What was validated, the verdict under the run's fail threshold, and the counts per severity and code. */
final class HtmlSummarySection implements HtmlSection {

    private final ReportStyle style;
    private final RuleLookup rules;

    HtmlSummarySection(ReportStyle style, RuleLookup rules) {
        this.style = style;
        this.rules = rules;
    }

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public boolean appliesTo(Report report) {
        return true;
    }

    @Override
    public void write(Report report, Html html) throws IOException {
        Summary s = report.summary();
        long failing = style.failOn().severity().map(t -> countAtLeast(s, t)).orElse(0L);
        html.raw("<p class=\"verdict\">");
        if (s.total() == 0) {
            html.raw("<span class=\"badge ok\">passed</span> ").text("No problems found.");
        } else if (failing > 0) {
            html.raw("<span class=\"badge error\">failed</span> ").text(Texts.count(failing, "finding", "findings")
                    + " at or above " + style.failOn().id());
        } else {
            html.raw("<span class=\"badge ok\">passed</span> ").text("nothing at or above the fail threshold ("
                    + style.failOn().id() + ")");
        }
        html.raw("</p>\n<table><tr><th>Target</th><td class=\"mono\">").text(Texts.printable(report.target().path()))
                .raw("</td></tr><tr><th>Kind</th><td>").text(report.target().kind()).raw("</td></tr>");
        if (!report.target().detail().isEmpty()) {
            html.raw("<tr><th>Detail</th><td>").text(report.target().detail()).raw("</td></tr>");
        }
        for (Map.Entry<String, Object> e : report.options().entrySet()) {
            html.raw("<tr><th>Option ").text(e.getKey()).raw("</th><td>").text(String.valueOf(e.getValue())).raw("</td></tr>");
        }
        html.raw("</table>\n<table><tr><th>Severity</th><th>Findings</th></tr>");
        row(html, "error", s.errors());
        row(html, "warning", s.warnings());
        row(html, "info", s.infos());
        html.raw("<tr><th>total</th><td class=\"n\">").text(Html.number(s.total())).raw("</td></tr></table>\n");
        if (!s.byCode().isEmpty()) {
            html.raw("<table><tr><th>Code</th><th>Findings</th><th>Rule</th></tr>");
            for (Map.Entry<String, Long> e : s.byCode().entrySet()) {
                html.raw("<tr><td><a href=\"#code-" + HtmlFindingsSection.anchor(e.getKey()) + "\">").text(e.getKey())
                        .raw("</a></td><td class=\"n\">").text(Html.number(e.getValue())).raw("</td><td>")
                        .text(rules.summary(e.getKey())).raw("</td></tr>");
            }
            html.raw("</table>\n");
        }
    }

    private static long countAtLeast(Summary s, Severity threshold) {
        return switch (threshold) {
            case ERROR -> s.errors();
            case WARNING -> s.errors() + s.warnings();
            case INFO -> s.total();
        };
    }

    private static void row(Html html, String severity, long n) throws IOException {
        html.raw("<tr><td><span class=\"badge " + severity + "\">" + severity + "</span></td><td class=\"n\">")
                .text(Html.number(n)).raw("</td></tr>");
    }
}
