package io.maskgate.report.writer;

import io.maskgate.io.SafeText;

import io.maskgate.engine.FailOn;
import io.maskgate.report.Report;

import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunitReportWriterTest {

    /** At {@code --fail-on warning}: errors and warnings are failures, infos are not. */
    private static Document parse(Report report) throws Exception {
        return parse(report, FailOn.WARNING);
    }

    private static Document parse(Report report, FailOn failOn) throws Exception {
        byte[] xml = WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.JUNIT,
                ReportStyle.defaults().withFailOn(failOn)), report);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element suite(Document doc, String name) {
        return elements(doc.getDocumentElement(), "testsuite").stream()
                .filter(s -> s.getAttribute("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void oneSuitePerFileOneCasePerCodeWithCorrectCounts() throws Exception {
        Document doc = parse(SampleReports.mixed());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = elements(root, "testsuite");
        // files: "" (the target), image with space.ome.tiff, masks/c/0/0..9, objects.tsv, zarr.json
        assertEquals(14, suites.size());
        assertEquals(SampleReports.TARGET, suites.get(0).getAttribute("name"));
        for (Element s : suites) {
            List<Element> props = elements(elements(s, "properties").get(0), "property");
            assertEquals(List.of("targetKind=zarr-mask-store", "profile=mask-store", "profileReason=" + SampleReports.PROFILE.reason()),
                    props.stream().map(p -> p.getAttribute("name") + "=" + p.getAttribute("value")).toList());
        }
        int tests = 0;
        int failures = 0;
        for (Element s : suites) {
            List<Element> cases = elements(s, "testcase");
            long failed = cases.stream().filter(c -> !elements(c, "failure").isEmpty()).count();
            assertEquals(Integer.toString(cases.size()), s.getAttribute("tests"), s.getAttribute("name"));
            assertEquals(Long.toString(failed), s.getAttribute("failures"), s.getAttribute("name"));
            assertEquals("0", s.getAttribute("errors"));
            tests += cases.size();
            failures += (int) failed;
        }
        assertEquals(Integer.toString(tests), root.getAttribute("tests"));
        assertEquals(Integer.toString(failures), root.getAttribute("failures"));
        assertEquals(14, tests);
        assertEquals(13, failures); // every file but objects.tsv (infos only) fails
    }

    @Test
    void failuresCarryCodeAndFirstFindingInfosGoToSystemOut() throws Exception {
        Document doc = parse(SampleReports.mixed());
        Element zarr = elements(suite(doc, "zarr.json"), "testcase").get(0);
        assertEquals("ZARR_FILL_VALUE_RANGE", zarr.getAttribute("name"));
        assertEquals("zarr.json", zarr.getAttribute("classname"));
        Element failure = elements(zarr, "failure").get(0);
        assertEquals("ZARR_FILL_VALUE_RANGE", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("zarr.json [/fill_value]: value"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains(SafeText.escape(SampleReports.MESSY)), failure.getTextContent());
        assertTrue(failure.getTextContent().contains("hint: Use a fill value"), failure.getTextContent());

        Element objects = elements(suite(doc, "objects.tsv"), "testcase").get(0);
        assertTrue(elements(objects, "failure").isEmpty());
        String out = elements(objects, "system-out").get(0).getTextContent();
        assertTrue(out.contains("objects.tsv [cell C5] (info):   leading spaces and \"quotes\""), out);
        assertTrue(out.contains("objects.tsv [row 7] (info): whole row"), out);

        Element tiff = elements(suite(doc, "image with space.ome.tiff"), "failure").get(0);
        assertTrue(tiff.getTextContent().contains("escape \\x1b[31m in a name"), tiff.getTextContent());
    }

    @Test
    void controlCharactersThatXmlForbidsDoNotBreakTheDocument() throws Exception {
        Finding f = new Finding("INPUT_X", Severity.ERROR, Category.INPUT, "bad\u0001name", Location.pointer("/a\u0000b"),
                "nul \u0000 bell \u0007 and a lone surrogate \ud800 and \uffff", "");
        Document doc = parse(SampleReports.report(List.of(f), List.of(), List.of(), Map.of()));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("nul \\x00 bell \\x07 and a lone surrogate \\ud800 and \\uffff"),
                failure.getAttribute("message"));
    }

    @Test
    void longListsAreCappedWithHowManyMore() throws Exception {
        Report report = SampleReports.many(JunitReportWriter.MAX_LISTED + 25, 1);
        Document doc = parse(report);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        String text = failure.getTextContent();
        assertTrue(text.startsWith("LABEL_TOUCHES_BORDER: 125 findings\n"), text);
        assertTrue(text.contains("… 25 more\n"), text);
        assertEquals(JunitReportWriter.MAX_LISTED, text.split("\\(warning\\): ", -1).length - 1);
    }

    @Test
    void theFailureMessageAttributeStaysShort() throws Exception {
        Finding f = new Finding("INPUT_X", Severity.ERROR, Category.INPUT, "f", Location.NONE, "y".repeat(5_000), "");
        Document doc = parse(SampleReports.report(List.of(f), List.of(), List.of(), Map.of()));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").length() <= JunitReportWriter.MAX_MESSAGE);
        assertTrue(failure.getAttribute("message").endsWith("[truncated: 5003 characters in total]"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("y".repeat(5_000)), "the text keeps the whole message");
    }

    @Test
    void cleanTargetIsOnePassingSuite() throws Exception {
        Document doc = parse(SampleReports.clean());
        Element root = doc.getDocumentElement();
        assertEquals("1", root.getAttribute("tests"));
        assertEquals("0", root.getAttribute("failures"));
        List<Element> suites = elements(root, "testsuite");
        assertEquals(1, suites.size());
        assertEquals(SampleReports.TARGET, suites.get(0).getAttribute("name"));
        assertEquals("1", suites.get(0).getAttribute("tests"));
        assertTrue(elements(suites.get(0), "failure").isEmpty());
        assertTrue(elements(suites.get(0), "system-out").get(0).getTextContent().contains("checked chunks: 12 (all)"));
    }

    @Test
    void failuresAreExactlyTheFindingsAtOrAboveTheFailThreshold() throws Exception {
        Report report = SampleReports.mixed(); // 2 errors, 11 warnings, 2 infos
        for (FailOn failOn : FailOn.values()) {
            Document doc = parse(report, failOn);
            long failingFindings = 0;
            for (Element failure : elements(doc.getDocumentElement(), "failure")) {
                String text = failure.getTextContent();
                failingFindings += Long.parseLong(text.substring(text.indexOf(": ") + 2, text.indexOf(" finding")));
            }
            long expected = report.findings().stream().filter(f -> failOn.counts(f.severity())).count();
            assertEquals(expected, failingFindings, failOn.id());
            boolean gateFails = expected > 0;
            assertEquals(gateFails, !doc.getDocumentElement().getAttribute("failures").equals("0"), failOn.id());
            long listedBelow = report.findings().size() - expected;
            long inSystemOut = 0;
            for (Element out : elements(doc.getDocumentElement(), "system-out")) {
                String text = out.getTextContent();
                int at = text.indexOf(" finding");
                int from = text.lastIndexOf(": ", at);
                inSystemOut += Long.parseLong(text.substring(from + 2, at));
            }
            assertEquals(listedBelow, inSystemOut, failOn.id() + ": the others are in system-out");
        }
    }

    @Test
    void aStoreWithOnlyAWarningHasNoFailureAtTheDefaultThreshold() throws Exception {
        Document doc = parse(SampleReports.many(1, 1), FailOn.ERROR);
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(0, doc.getElementsByTagName("failure").getLength());
        String out = doc.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.contains("(warning): finding 0"), out);
        assertEquals("1", parse(SampleReports.many(1, 1), FailOn.WARNING).getDocumentElement().getAttribute("failures"));
    }

    @Test
    void outputIsDeterministic() {
        ReportWriter w = ReportWriters.forFormat(ReportFormat.JUNIT, ReportStyle.defaults());
        assertEquals(WriterOutput.text(w, SampleReports.mixed()), WriterOutput.text(w, SampleReports.mixed()));
    }
}
