package io.maskgate.report.writer;

import io.maskgate.report.Report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportWriterTest {

    private static String text(ReportStyle style, Report report) {
        return WriterOutput.text(ReportWriters.forFormat(ReportFormat.TEXT, style), report);
    }

    @Test
    void groupsByCodeWithErrorsFirstThenWarningsThenInfosAndCodesSorted() {
        String out = text(ReportStyle.defaults(), SampleReports.mixed());
        int input = out.indexOf("ERROR INPUT_UNRECOGNISED_TARGET  1 finding\n");
        int zarr = out.indexOf("ERROR ZARR_FILL_VALUE_RANGE  1 finding\n");
        int label = out.indexOf("WARNING LABEL_TOUCHES_BORDER  10 findings\n");
        int tiff = out.indexOf("WARNING OMETIFF_PIXEL_RANGE  1 finding\n");
        int objects = out.indexOf("INFO OBJECTS_BAD_VALUE  2 findings\n");
        assertTrue(input >= 0 && zarr > input && label > zarr && tiff > label && objects > tiff, out);
    }

    @Test
    void foldsBeyondTheExamplesAndSaysHowManyWereFolded() {
        String out = text(ReportStyle.defaults(), SampleReports.mixed());
        assertTrue(out.contains("  … 7 more like this in 7 more groups (hypothesis, trench)\n"), out);
        assertEquals(3, count(out, "label touches the trench border"), out);
        assertTrue(out.contains("  - masks/c/0/0 [hypothesis 3 (epoch 800), trench 0, time 40, label 5]: label touches"), out);
    }

    @Test
    void repeatedMaskFindingsAreGroupedPerHypothesisAndTrench() {
        java.util.List<io.maskgate.rules.Finding> f = new java.util.ArrayList<>();
        int[][] groups = {{0, 0, 3}, {0, 1, 1}, {1, 0, 2}, {1, 1, 1}}; // hypothesis, trench, findings
        for (int[] g : groups) {
            for (int i = 0; i < g[2]; i++) {
                f.add(finding("masks/c/" + g[0] + "/" + g[1], io.maskgate.rules.Location.mask(g[0], null, g[1], i, 1)));
            }
        }
        f.add(finding("zarr.json", io.maskgate.rules.Location.pointer("/a")));
        f.add(finding("zarr.json", io.maskgate.rules.Location.pointer("/b")));
        f.sort(io.maskgate.rules.Finding.ORDER);
        Report r = SampleReports.report(f, java.util.List.of(), java.util.List.of(), java.util.Map.of());
        String out = text(ReportStyle.defaults().withExamplesPerCode(2), r);
        assertTrue(out.contains("WARNING LABEL_GAP  9 findings\n"), out);
        assertTrue(out.contains("""
                  - masks/c/0/0 [hypothesis 0, trench 0, time 0, label 1]: gap
                    … 2 more like this in hypothesis 0, trench 0
                  - masks/c/0/1 [hypothesis 0, trench 1, time 0, label 1]: gap
                  … 5 more like this in 2 more groups (hypothesis, trench) and 2 more single findings
                """), out);
        String one = text(ReportStyle.defaults().withExamplesPerCode(3), r);
        assertTrue(one.contains("  … 3 more like this in 1 more group (hypothesis, trench) and 2 more single findings\n"), one);
        String none = text(ReportStyle.defaults().withExamplesPerCode(0), r);
        assertTrue(none.contains("  … 9 more like this in 4 more groups (hypothesis, trench) and 2 more single findings\n"), none);
        String singles = text(ReportStyle.defaults().withExamplesPerCode(5), r);
        assertTrue(singles.contains("  - zarr.json [/a]: gap\n  … 1 more like this\n"), singles);
    }

    private static io.maskgate.rules.Finding finding(String file, io.maskgate.rules.Location location) {
        return new io.maskgate.rules.Finding("LABEL_GAP", io.maskgate.rules.Severity.WARNING,
                io.maskgate.rules.Category.LABELS, file, location, "gap", "");
    }

    @Test
    void verboseShowsEveryFindingAndFoldsNothing() {
        String out = text(ReportStyle.defaults().withVerbose(true), SampleReports.mixed());
        assertEquals(10, count(out, "label touches the trench border"), out);
        assertFalse(out.contains("more like this"), out);
    }

    @Test
    void examplesPerCodeIsHonoured() {
        String out = text(ReportStyle.defaults().withExamplesPerCode(1), SampleReports.mixed());
        assertEquals(1, count(out, "label touches the trench border"), out);
        assertTrue(out.contains("  … 9 more like this in 9 more groups (hypothesis, trench)\n"), out);
        assertTrue(out.contains("  … 1 more like this\n"), out); // the two infos
    }

    @Test
    void showsRuleSummaryFromCatalogueHintOnceAndTheCounts() {
        String out = text(ReportStyle.defaults(), SampleReports.mixed());
        assertTrue(out.contains("The target must be a Zarr v3 mask store"), out);
        assertEquals(1, count(out, "hint: Crop the trench with a margin."), out);
        assertTrue(out.endsWith("2 errors, 11 warnings, 2 infos in 5 codes\n"), out);
        assertTrue(out.contains("Checked:\n  - chunks: 47,515 (all hypotheses, all trenches)\n  - metadata documents: 3\n"), out);
        String profile = "profile mask-store: " + SampleReports.PROFILE.reason();
        assertTrue(out.startsWith("maskgate 0.1.0-test · zarr-mask-store data/store.zarr (profile v1)\n" + profile + "\n"), out);
    }

    @Test
    void tabsAndNewlinesInMessagesAreEscapedOnOneLineAndNonAsciiKept() {
        // A newline in a message quotes the input (a name, a cell): shown as \n, it cannot forge a report line.
        String out = text(ReportStyle.defaults(), SampleReports.mixed());
        assertTrue(out.contains("  - zarr.json [/fill_value]: value\\twith a tab,\\nsecond line \"quoted\" and ünïcødé µm² 細胞\n"), out);
    }

    @Test
    void controlCharactersFromInputCannotDriveTheTerminal() {
        String out = text(ReportStyle.defaults(), SampleReports.mixed());
        assertFalse(out.contains("\u001b"), out);
        assertTrue(out.contains("escape \\x1b[31m in a name"), out);
    }

    @Test
    void colourOnlyWhenAsked() {
        String plain = text(ReportStyle.defaults(), SampleReports.mixed());
        String colour = text(ReportStyle.defaults().withColor(true), SampleReports.mixed());
        assertFalse(plain.contains("\u001b["));
        assertTrue(colour.contains("\u001b[31m\u001b[1mERROR\u001b[0m"), colour);
        assertEquals(plain, colour.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void cleanReportSaysNoProblemsAndWhatWasChecked() {
        String out = text(ReportStyle.defaults(), SampleReports.clean());
        assertTrue(out.contains("No problems found.\n"), out);
        assertTrue(out.contains("  - chunks: 12 (all)\n"), out);
        assertFalse(out.contains("ERROR"), out);
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(text(ReportStyle.defaults(), SampleReports.mixed()), text(ReportStyle.defaults(), SampleReports.mixed()));
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
