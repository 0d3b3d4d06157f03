package io.maskgate.report.writer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.report.Report;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stray key whose name holds a newline, an ANSI colour sequence and a bidi override, quoted in the message:
 * every format shows it escaped, never raw (a forged console line, a recoloured terminal, a split TSV record,
 * invalid XML, text reordered on a web page).
 */
class HostileTextWritersTest {

    private static final String NAME = "a\nb\u001b[31mred\u202etxt.exe";
    private static final String ESCAPED = "a\\nb\\x1b[31mred\\u202etxt.exe";

    private static Report hostile() {
        List<Finding> f = new ArrayList<>();
        f.add(new Finding("ZARR_STRAY_KEY", Severity.ERROR, Category.ZARR_METADATA, "store.zarr/" + NAME,
                Location.pointer("/attributes/" + NAME), "stray key '" + NAME + "'\t\u0000\u009b end",
                "Remove the key."));
        return SampleReports.report(f, List.of(), List.of(), Map.of());
    }

    /** No raw control, bidi or escape character in the output (newlines allowed only where the format uses them). */
    private static void assertNoRawHostileCharacter(String out) {
        assertFalse(out.contains("\u001b"), "raw ESC");
        assertFalse(out.contains("\u202e"), "raw bidi override");
        assertFalse(out.contains("\u0000"), "raw NUL");
        assertFalse(out.contains("\u009b"), "raw C1 CSI");
        assertFalse(out.contains("a\nb"), "raw newline of the name");
    }

    @Test
    void consoleText() {
        String out = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TEXT, ReportStyle.defaults().withVerbose(true)), hostile());
        assertNoRawHostileCharacter(out);
        assertTrue(out.contains("store.zarr/" + ESCAPED), out);
        assertTrue(out.contains("stray key '" + ESCAPED + "'\\t\\x00\\x9b end"), out);
    }

    @Test
    void tsvKeepsOneRecordPerLineWithoutRawTabsInCells() {
        String out = WriterOutput.text(ReportWriters.forFormat(ReportFormat.TSV, ReportStyle.defaults()), hostile());
        assertNoRawHostileCharacter(out);
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        assertEquals(lines.get(0).split("\t", -1).length, lines.get(1).split("\t", -1).length, out);
        assertTrue(lines.get(1).contains("stray key '" + ESCAPED + "'\\t\\x00\\x9b end"), out);
    }

    @Test
    void htmlEscapesMarkupAndControls() {
        String out = WriterOutput.text(ReportWriters.forFormat(ReportFormat.HTML, ReportStyle.defaults()), hostile());
        assertNoRawHostileCharacter(out);
        assertTrue(out.contains("stray key &#39;" + ESCAPED + "&#39;\\t\\x00\\x9b end"), out);
    }

    @Test
    void junitIsWellFormedXmlShowingTheEscapes() throws Exception {
        byte[] bytes = WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.JUNIT, ReportStyle.defaults()), hostile());
        String out = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertNoRawHostileCharacter(out);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        String failure = doc.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue();
        assertTrue(failure.contains(ESCAPED), failure);
    }

    @Test
    void jsonAndSarifReadBackTheExactTextButShowNoRawControl() throws Exception {
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.SARIF)) {
            String out = WriterOutput.text(ReportWriters.forFormat(format, ReportStyle.defaults()), hostile());
            assertNoRawHostileCharacter(out);
            assertTrue(out.contains("\\u202e"), format + " " + out);
            JsonNode root = new ObjectMapper().readTree(out);
            String text = root.toString();
            assertTrue(new ObjectMapper().readTree(text).equals(root));
            assertTrue(root.findValuesAsText(format == ReportFormat.JSON ? "message" : "text").stream()
                    .anyMatch(m -> m.contains("stray key '" + NAME + "'")), format + " " + out);
        }
    }

    @Test
    void xlsxCellsHoldTheEscapedText() throws Exception {
        byte[] bytes = WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.XLSX, ReportStyle.defaults()), hostile());
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(cell.toString());
                    }
                }
            }
        }
        String all = String.join("|", texts);
        assertNoRawHostileCharacter(all);
        assertTrue(all.contains("stray key '" + ESCAPED + "'\\t\\x00\\x9b end"), all);
    }
}
