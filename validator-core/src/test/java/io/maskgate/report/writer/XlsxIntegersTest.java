package io.maskgate.report.writer;

import io.maskgate.io.XlsxParts;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * XLSX numbers that are integers are written as integers, and the workbook has a default cell style; checked in the
 * package XML and with an independent reader, openpyxl (Debian {@code python3-openpyxl}; skipped on a developer
 * machine without it, failing under {@code CI}).
 */
class XlsxIntegersTest {

    private static Report report() {
        Finding f = new Finding("LABEL_GAP", Severity.ERROR, Category.LABELS, "data/c/2/50/0/0/0",
                Location.mask(2, 800, 50, 12_345_678, 7), "gap", "");
        StatTable t = new StatTable("labelScan", "per hypothesis", List.of("hypothesis", "frames", "mean", "big", "note"),
                List.of(Arrays.asList(0, 50L, 3.819, 34_258_315L, "ok"), Arrays.asList(16, 0L, 2.0, -7L, null)));
        return SampleReports.report(List.of(f), List.of(), List.of(t), Map.of());
    }

    private static byte[] xlsx(Report report) {
        return WriterOutput.bytes(ReportWriters.forFormat(ReportFormat.XLSX, ReportStyle.defaults()), report);
    }

    private static String part(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    @Test
    void integralNumbersAreWrittenAsIntegers() throws IOException {
        byte[] bytes = xlsx(report());
        String stats = part(bytes, "xl/worksheets/sheet3.xml");
        assertTrue(stats.contains("<v>34258315</v>"), stats);
        assertTrue(stats.contains("<v>50</v>"), stats);
        assertTrue(stats.contains("<v>3.819</v>"), "fractions stay: " + stats);
        assertTrue(stats.contains("<v>2</v>"), "a double that is integral is an integer too: " + stats);
        assertTrue(stats.contains("<v>-7</v>"), stats);
        assertFalse(stats.matches("(?s).*<v>-?\\d+\\.0</v>.*"), stats);
        assertFalse(part(bytes, "xl/worksheets/sheet2.xml").contains("E7</v>"), "no exponent form");
        String styles = part(bytes, "xl/styles.xml");
        assertTrue(styles.contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"), styles);
    }

    @Test
    void theRewriteCopiesEverythingElseByteForByte() throws IOException {
        String xml = "<row><c r=\"A1\" t=\"n\"><v>50.0</v></c><c t=\"inlineStr\"><is><t>&lt;v&gt;5.0</t></is></c>"
                + "<c><v>1.0E7</v></c><c><v>0.5</v></c><c><v>9.007199254740992E15</v></c><c><v>" + "9".repeat(60) + "</v></c></row>";
        // tiny reads put the "<v>" and the values across buffer boundaries
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxParts.copyWorksheet(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        }, out);
        assertEquals("<row><c r=\"A1\" t=\"n\"><v>50</v></c><c t=\"inlineStr\"><is><t>&lt;v&gt;5.0</t></is></c>"
                + "<c><v>10000000</v></c><c><v>0.5</v></c><c><v>9.007199254740992E15</v></c><c><v>" + "9".repeat(60)
                + "</v></c></row>", out.toString(StandardCharsets.UTF_8));
        byte[] styles = "<styleSheet><cellXfs count=\"1\"/></styleSheet>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(styles, XlsxParts.withDefaultStyle(styles), "no </cellXfs>: left alone");
    }

    @Test
    void openpyxlReadsIntegersAsIntegersWithoutWarnings(@TempDir Path dir) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        boolean available = Files.isExecutable(python) && run(List.of(python.toString(), "-c", "import openpyxl"), dir).exit == 0;
        if (!available) {
            if (System.getenv("CI") != null) {
                fail("python3-openpyxl is required under CI (.ci/run installs it)");
            }
            Assumptions.abort("python3-openpyxl is not installed");
        }
        Path file = dir.resolve("r.xlsx");
        Files.write(file, xlsx(report()));
        String script = """
                import sys, warnings
                warnings.simplefilter('always')
                with warnings.catch_warnings(record=True) as caught:
                    import openpyxl
                    wb = openpyxl.load_workbook(sys.argv[1])
                row = [c.value for c in next(wb['labelScan'].iter_rows(min_row=2, max_row=2))]
                f = [c.value for c in next(wb['Findings'].iter_rows(min_row=2, max_row=2))]
                print(len(caught), [str(w.message) for w in caught])
                print(repr(row))
                print(' '.join(type(v).__name__ for v in row))
                print(' '.join(type(v).__name__ for v in f if v is not None))
                """;
        Result r = run(List.of(python.toString(), "-c", script, file.toString()), dir);
        assertEquals(0, r.exit, r.output);
        List<String> lines = r.output.strip().lines().toList();
        assertTrue(lines.get(0).startsWith("0 "), "openpyxl warned: " + r.output);
        assertEquals("[0, 50, 3.819, 34258315, 'ok']", lines.get(1));
        assertEquals("int int float int str", lines.get(2));
        assertFalse(lines.get(3).contains("float"), "every location number is an integer: " + lines.get(3));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Result(p.exitValue(), out);
    }
}
