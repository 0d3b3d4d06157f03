package io.maskgate.maven;

import io.maskgate.engine.FailOn;
import io.maskgate.engine.Outcome;
import io.maskgate.findings.Summary;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.rules.Finding;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code mvn site} page of the report goal: a summary of every target, then per target the counts by
 * rule, what was checked and the findings (up to {@code maxListed} per target; the page says when the
 * report files hold more).
 */
final class ReportPage extends AbstractMavenReportRenderer {

    /** One validated target, its report still open, and its report files relative to the page. */
    record Section(String target, Report report, List<String> files) {
    }

    private final List<Section> sections;
    private final long maxListed;

    /** @param maxListed findings listed per target; 0 lists all */
    ReportPage(Sink sink, List<Section> sections, long maxListed) {
        super(sink);
        this.sections = List.copyOf(sections);
        this.maxListed = maxListed;
    }

    @Override
    public String getTitle() {
        return "maskgate";
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph("Segmentation-mask datasets validated by maskgate: every finding has a stable code, a severity, "
                + "the file and the most precise location available.");
        startTable();
        tableHeader(new String[] {"Target", "Kind", "Errors", "Warnings", "Infos", "Report files"});
        for (Section s : sections) {
            Summary sum = s.report().summary();
            sink.tableRow();
            tableCell(s.target());
            tableCell(s.report().target().kind());
            tableCell(Long.toString(sum.errors()));
            tableCell(Long.toString(sum.warnings()));
            tableCell(Long.toString(sum.infos()));
            sink.tableCell();
            for (String f : s.files()) {
                link(f, f.substring(f.lastIndexOf('/') + 1));
                text(" ");
            }
            sink.tableCell_();
            sink.tableRow_();
        }
        endTable();
        endSection();
        for (Section s : sections) {
            renderTarget(s);
        }
    }

    private void renderTarget(Section s) {
        Report report = s.report();
        startSection(s.target());
        paragraph(report.target().kind() + (report.target().detail().isEmpty() ? "" : " (" + report.target().detail() + ")")
                + ": " + Outcome.of(report, FailOn.NEVER).counts() + ".");
        Map<String, Long> byCode = report.summary().byCode();
        if (!byCode.isEmpty()) {
            startSection("Findings by rule");
            startTable();
            tableHeader(new String[] {"Code", "Findings"});
            byCode.forEach((code, n) -> tableRow(new String[] {code, Long.toString(n)}));
            endTable();
            endSection();
        }
        if (!report.checked().isEmpty()) {
            startSection("What was checked");
            startTable();
            tableHeader(new String[] {"What", "Count", "Detail"});
            for (Checked c : report.checked()) {
                tableRow(new String[] {c.what(), Long.toString(c.count()), c.detail()});
            }
            endTable();
            endSection();
        }
        renderFindings(s);
        endSection();
    }

    private void renderFindings(Section s) {
        long total = s.report().findings().size();
        startSection("Findings");
        if (total == 0) {
            paragraph("No findings.");
            endSection();
            return;
        }
        long listed = maxListed > 0 ? Math.min(maxListed, total) : total;
        if (listed < total) {
            paragraph("The first " + listed + " of " + total + " findings"
                    + (s.files().isEmpty() ? "; list all with maxListedFindings=0 (maskgate.maxListedFindings)."
                    : "; the report files (" + String.join(", ", s.files()) + ") hold all of them."));
        }
        startTable();
        tableHeader(new String[] {"Severity", "Code", "File", "Location", "Message"});
        long n = 0;
        for (Finding f : s.report().findings()) {
            if (n++ == listed) {
                break;
            }
            tableRow(new String[] {f.severity().name().toLowerCase(Locale.ROOT), f.code(),
                    f.file().isEmpty() ? "." : f.file(), f.location().describe(), f.message()});
        }
        endTable();
        endSection();
    }
}
