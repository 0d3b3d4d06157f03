package io.maskgate.report.writer;

import io.maskgate.report.Report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HTML report, for people who would rather look than read: one self-contained file (inline CSS and SVG, no
 * script, no fonts or images to fetch; a content security policy forbids any load) made of {@link HtmlSection}s.
 * Deterministic: the same report gives the same bytes.
 */
final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#1b1b1b;background:#fff}
            header{background:#24323f;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}
            header p{margin:4px 0 0;color:#cfd8e0}main{padding:8px 24px 40px;max-width:1200px}
            nav{margin:10px 0}nav a{margin-right:14px}h2{border-bottom:2px solid #24323f;padding-bottom:3px;margin-top:28px}
            table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
            th{background:#f0f3f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-weight:600;font-size:12px}
            .error{background:#c62828}.warning{background:#b26a00}.info{background:#1565c0}.ok{background:#2e7d32}
            .verdict{font-size:16px;font-weight:600;margin:10px 0}.code{margin:18px 0;padding:8px 12px;border-left:4px solid #d0d7de}
            .code.sev-error{border-color:#c62828}.code.sev-warning{border-color:#b26a00}.code.sev-info{border-color:#1565c0}
            .code h3{margin:0 0 4px;font-size:15px}.muted{color:#57606a}.hint{background:#f6f8fa;padding:4px 8px}
            details summary{cursor:pointer;color:#0b5cad;margin:4px 0}figure{margin:12px 0}figcaption{color:#57606a;font-size:12px}
            pre,code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;white-space:pre-wrap}
            """;

    private final ReportStyle style;
    private final List<HtmlSection> sections;

    HtmlReportWriter(ReportStyle style, RuleLookup rules) {
        this.style = style;
        this.sections = sections(style, rules);
    }

    /** The sections, in page order. A new section is one more entry here. */
    static List<HtmlSection> sections(ReportStyle style, RuleLookup rules) {
        return List.of(
                new HtmlSummarySection(style, rules),
                new HtmlFindingsSection(style, rules),
                new HtmlTrenchMapSection(),
                new HtmlAgreementSection(),
                new HtmlStatisticsSection(),
                new HtmlCheckedSection());
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Html html = new Html(w);
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text("maskgate report: " + report.target().path()).raw("</title>\n<style>\n").raw(STYLE).raw("</style></head>\n<body>\n");
        html.raw("<header><h1>").text("maskgate report: " + report.target().path()).raw("</h1><p>")
                .text(report.target().kind() + (report.target().detail().isEmpty() ? "" : " · " + report.target().detail())
                        + " · " + report.tool().name() + " " + report.tool().version())
                .raw("</p></header>\n<main>\n<nav>");
        List<HtmlSection> shown = sections.stream().filter(s -> s.appliesTo(report)).toList();
        for (HtmlSection s : shown) {
            html.raw("<a href=\"#" + s.id() + "\">").text(s.title()).raw("</a>");
        }
        html.raw("</nav>\n");
        for (HtmlSection s : shown) {
            html.raw("<section id=\"" + s.id() + "\"><h2>").text(s.title()).raw("</h2>\n");
            s.write(report, html);
            html.raw("</section>\n");
        }
        html.raw("</main>\n</body></html>\n");
        w.flush();
    }

    ReportStyle style() {
        return style;
    }
}
