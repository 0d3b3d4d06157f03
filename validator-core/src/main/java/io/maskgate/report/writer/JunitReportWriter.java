package io.maskgate.report.writer;

import io.maskgate.engine.FailOn;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;

import io.maskgate.rules.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test tabs: one {@code <testsuite>} per file with findings (one for the target when there are
 * none), one {@code <testcase>} per rule code in that file, a {@code <failure>} for the findings at or above the
 * run's fail threshold ({@code --fail-on}) and {@code <system-out>} for the others, so the test tab is red exactly
 * when the exit code is 1. Long lists are capped with "… N more" (every finding is in the JSON, TSV and XLSX reports).
 *
 * <p>Streams: findings are in report order, so the findings of one file are contiguous; a first pass counts the
 * test cases, a second writes one suite at a time. Memory is bounded by one file's codes.
 */
final class JunitReportWriter implements ReportWriter {

    /** Findings listed in one failure or system-out text. */
    static final int MAX_LISTED = 100;
    /** Characters of the failure message attribute, which CI tools show on one line. */
    static final int MAX_MESSAGE = 1_000;

    private final RuleLookup rules;
    private final FailOn failOn;

    JunitReportWriter(RuleLookup rules, FailOn failOn) {
        this.rules = rules;
        this.failOn = failOn;
    }

    /** The findings of one code in one file. */
    private static final class Case {
        long failing;
        long passing;
        final List<Finding> failingListed = new ArrayList<>();
        final List<Finding> passingListed = new ArrayList<>();

        void add(Finding f, boolean fails) {
            if (!fails) {
                passing++;
                if (passingListed.size() < MAX_LISTED) {
                    passingListed.add(f);
                }
            } else {
                failing++;
                if (failingListed.size() < MAX_LISTED) {
                    failingListed.add(f);
                }
            }
        }
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        List<Finding> findings = report.findings();
        long tests = 0;
        long failures = 0;
        Map<String, Boolean> codes = new TreeMap<>(); // code -> failing, of the current file
        String file = null;
        for (Finding f : findings) {
            if (!f.file().equals(file)) {
                tests += codes.size();
                failures += codes.values().stream().filter(b -> b).count();
                codes.clear();
                file = f.file();
            }
            codes.merge(f.code(), failOn.counts(f.severity()), Boolean::logicalOr);
        }
        tests += codes.size();
        failures += codes.values().stream().filter(b -> b).count();
        try {
            // The JDK's own writer, whatever StAX implementation happens to be on the classpath.
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", Texts.printable(report.tool().name() + " " + report.target().path()));
            x.writeAttribute("tests", Long.toString(findings.isEmpty() ? 1 : tests));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            if (findings.isEmpty()) {
                cleanSuite(report, x);
            }
            Map<String, Case> cases = new TreeMap<>();
            file = null;
            for (Finding f : findings) {
                if (!f.file().equals(file)) {
                    if (file != null) {
                        suite(report, file, cases, x);
                    }
                    cases.clear();
                    file = f.file();
                }
                cases.computeIfAbsent(f.code(), k -> new Case()).add(f, failOn.counts(f.severity()));
            }
            if (file != null) {
                suite(report, file, cases, x);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close(); // closes the writer only, not the stream
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private void suite(Report report, String file, Map<String, Case> cases, XMLStreamWriter x) throws XMLStreamException {
        String name = file.isEmpty() ? report.target().path() : file;
        long failures = cases.values().stream().filter(c -> c.failing > 0).count();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", Texts.printable(name));
        x.writeAttribute("tests", Integer.toString(cases.size()));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        properties(report, x);
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            testcase(name, e.getKey(), e.getValue(), x);
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    /** The run facts a CI tab shows beside a suite: target kind and, for Zarr targets, the profile and why. */
    private static void properties(Report report, XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property("targetKind", report.target().kind(), x);
        if (report.target().profile() != null) {
            property("profile", report.target().profile().name(), x);
            property("profileReason", report.target().profile().reason(), x);
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void property(String name, String value, XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", Texts.printable(value));
    }

    private void testcase(String suiteName, String code, Case c, XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", Texts.printable(suiteName));
        x.writeAttribute("name", Texts.printable(code));
        if (c.failing > 0) {
            Finding first = c.failingListed.get(0);
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("type", Texts.printable(code));
            x.writeAttribute("message", Texts.printable(oneLine(first)));
            x.writeCharacters(safe(listing(code, c.failingListed, c.failing)));
            x.writeEndElement();
        }
        if (c.passing > 0) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(safe((c.failing > 0 ? "Below the fail threshold (" + failOn.id() + "):\n" : "")
                    + listing(code, c.passingListed, c.passing)));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    /** The passing suite of a clean target: one test case that lists what was checked. */
    private static void cleanSuite(Report report, XMLStreamWriter x) throws XMLStreamException {
        String name = report.target().path();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", Texts.printable(name));
        x.writeAttribute("tests", "1");
        x.writeAttribute("failures", "0");
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        properties(report, x);
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", Texts.printable(name));
        x.writeAttribute("name", "maskgate");
        StringBuilder sb = new StringBuilder("No problems found.\n");
        for (Checked c : report.checked()) {
            sb.append("checked ").append(c.what()).append(": ").append(String.format(Locale.ROOT, "%,d", c.count()));
            if (!c.detail().isEmpty()) {
                sb.append(" (").append(c.detail()).append(')');
            }
            sb.append('\n');
        }
        x.writeCharacters("\n      ");
        x.writeStartElement("system-out");
        x.writeCharacters(safe(sb.toString()));
        x.writeEndElement();
        x.writeCharacters("\n    ");
        x.writeEndElement();
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private String listing(String code, List<Finding> listed, long total) {
        StringBuilder sb = new StringBuilder();
        String summary = rules.summary(code);
        sb.append(code).append(": ").append(Texts.count(total, "finding", "findings"));
        if (!summary.isEmpty()) {
            sb.append(" — ").append(summary);
        }
        sb.append('\n');
        String hint = "";
        for (Finding f : listed) {
            sb.append(TextReportWriter.where(f)).append(" (").append(f.severity().id()).append("): ")
                    .append(Texts.printable(f.message())).append('\n');
            if (hint.isEmpty()) {
                hint = f.hint();
            }
        }
        if (total > listed.size()) {
            sb.append("… ").append(total - listed.size()).append(" more\n");
        }
        if (!hint.isEmpty()) {
            sb.append("hint: ").append(hint).append('\n');
        }
        return sb.toString();
    }

    private static String oneLine(Finding f) {
        return Texts.truncate(Texts.printable(TextReportWriter.where(f) + ": " + f.message()), MAX_MESSAGE);
    }

    private static String safe(String s) {
        return Texts.xmlSafe(s);
    }
}
