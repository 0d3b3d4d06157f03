package io.maskgate.report.writer;

import io.maskgate.report.Report;

import java.io.IOException;

/**
 * One section of the HTML report. A new section (the agreement plots, say) is one class and one entry in
 * {@link HtmlReportWriter#sections}; sections that have nothing to show for a report are left out, with their
 * entry in the table of contents.
 */
interface HtmlSection {

    /** The anchor of the section, unique in a report: lower case letters and dashes. */
    String id();

    String title();

    /** True when the report has something for this section. */
    boolean appliesTo(Report report);

    /** Writes the section's body (the writer adds the heading). May read the findings once. */
    void write(Report report, Html html) throws IOException;
}
