package io.maskgate.report.writer;

import io.maskgate.report.Checked;
import io.maskgate.report.Report;

import java.io.IOException;

/** What was checked, as the console lists it. */
final class HtmlCheckedSection implements HtmlSection {

    @Override
    public String id() {
        return "checked";
    }

    @Override
    public String title() {
        return "What was checked";
    }

    @Override
    public boolean appliesTo(Report report) {
        return !report.checked().isEmpty();
    }

    @Override
    public void write(Report report, Html html) throws IOException {
        html.raw("<table><tr><th>What</th><th>Count</th><th>Detail</th></tr>");
        for (Checked c : report.checked()) {
            html.raw("<tr><td>").text(c.what()).raw("</td><td class=\"n\">").text(Html.number(c.count()))
                    .raw("</td><td>").text(c.detail()).raw("</td></tr>");
        }
        html.raw("</table>\n");
    }
}
