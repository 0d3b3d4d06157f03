package io.maskgate.maven;

import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report goal renders a page through the Doxia sink that mvn site hands it, as the site plugin does. */
class ReportMojoTest {

    private static final String CODE = "INPUT_UNRECOGNISED_TARGET";

    @TempDir
    Path tmp;

    private RecordingLog log;
    private ReportMojo mojo;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(tmp.resolve("not-a-store"));
        Files.createDirectories(tmp.resolve("b/not-a-store"));
        log = new RecordingLog();
        mojo = new ReportMojo();
        mojo.targets = List.of("not-a-store");
        mojo.basedir = tmp.toFile();
        mojo.formats = List.of("json");
        mojo.maxListedFindings = 1000;
        mojo.minObjectArea = 15;
        mojo.hubmapSchema = "latest";
        mojo.setReportOutputDirectory(tmp.resolve("site").toFile());
        mojo.setLog(log);
    }

    private String page() throws MavenReportException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xhtml5SinkFactory factory = new Xhtml5SinkFactory();
        Sink sink = factory.createSink(out, "UTF-8");
        mojo.generate(sink, factory, Locale.ENGLISH);
        sink.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageListsEveryFindingAndLinksTheReportFiles() throws Exception {
        String page = page();
        assertTrue(page.contains(CODE), page);
        assertTrue(page.contains("href=\"maskgate/maskgate-report.json\""), page);
        assertTrue(Files.isRegularFile(tmp.resolve("site/maskgate/maskgate-report.json")));
        assertEquals("maskgate", mojo.getOutputPath());
    }

    @Test
    void findingsNeverFailTheReportButBadValuesDo() throws Exception {
        page(); // an error finding, and no exception
        mojo.formats = List.of("pdf");
        MavenReportException e = assertThrows(MavenReportException.class, this::page);
        assertTrue(e.getMessage().startsWith("maskgate: formats (maskgate.formats) must be"), e.getMessage());
    }

    @Test
    void severalTargetsGetASectionAndAFolderEach() throws Exception {
        mojo.targets = List.of("not-a-store", "b/not-a-store");
        String page = page();
        assertTrue(page.contains("href=\"maskgate/not-a-store/maskgate-report.json\""), page);
        assertTrue(page.contains("href=\"maskgate/not-a-store-2/maskgate-report.json\""), page);
        assertTrue(page.contains("<h2>b/not-a-store</h2>") || page.contains(">b/not-a-store</"), page); // shown relative to the project
    }

    @Test
    void aLongListIsCutOnlyWithANoteThatSaysWhereTheRestIs() throws Exception {
        Path array = Files.createDirectories(tmp.resolve("array"));
        Files.writeString(array.resolve("zarr.json"), "{\"zarr_format\": 3, \"node_type\": \"array\"}");
        mojo.targets = List.of("array");
        String all = page();
        int findings = all.split("<td>error</td>", -1).length - 1;
        assertTrue(findings > 2, all);
        assertFalse(all.contains("The first"), all);

        mojo.maxListedFindings = 2;
        String cut = page();
        assertEquals(2, cut.split("<td>error</td>", -1).length - 1, cut);
        assertTrue(cut.contains("The first 2 of " + findings + " findings; the report files (maskgate/maskgate-report.json) "
                + "hold all of them."), cut);
    }

    @Test
    void skipRendersNothing() throws Exception {
        mojo.skip = true;
        assertFalse(mojo.canGenerateReport());
        assertFalse(Files.exists(tmp.resolve("site")));
    }
}
