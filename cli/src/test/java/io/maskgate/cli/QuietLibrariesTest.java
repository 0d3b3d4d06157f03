package io.maskgate.cli;

import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.hubmap.UploadSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Libraries' log lines (POI's Log4j API, SLF4J, commons-logging, java.util.logging) reach the console only with -v. */
class QuietLibrariesTest {

    private static final String XLSX = "dataset-1/derived/segmentation_masks/nuclei-objects.xlsx";

    @TempDir
    Path dir;

    /** An upload whose objects workbook declares a DOCTYPE: maskgate refuses it before POI would log about it. */
    private Path uploadWithDoctype() throws IOException {
        return uploadWithEditedWorkbook("xl/workbook.xml", null);
    }

    /** An upload whose objects workbook holds an extra part of 64 MiB of zeros: POI's zip-bomb guard logs errors. */
    private Path uploadWithBombPart() throws IOException {
        return uploadWithEditedWorkbook(null, "xl/media/padding.bin");
    }

    private Path uploadWithEditedWorkbook(String doctypePart, String bombPart) throws IOException {
        Path up = dir.resolve("upload");
        Fixtures.generateUpload(up, UploadSpec.standard(1), null);
        Path xlsx = up.resolve(XLSX);
        Path edited = dir.resolve("edited.xlsx");
        try (ZipFile in = new ZipFile(xlsx.toFile()); OutputStream os = Files.newOutputStream(edited);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(doctypePart)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceFirst("\\?>", "?><!DOCTYPE wb [<!ENTITY x \"y\">]>").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            if (bombPart != null) {
                out.putNextEntry(new ZipEntry(bombPart));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 64; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        }
        Files.move(edited, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return up;
    }

    @Test
    void aWorkbookWithADoctypeGivesAFindingAndNoLibraryLine() throws Exception {
        Path up = uploadWithDoctype();
        CliRun r = CliRun.run("validate", up.toString(), "--no-progress");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("OBJECTS_XLSX_UNREADABLE"), r::toString);
        assertFalse(r.err().contains("XMLHelper"), r::toString);
        assertFalse(r.err().contains("library"), r::toString);
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("FATAL") || l.strip().startsWith("at ")), r::toString);
        assertEquals("", r.out(), r::toString);
    }

    @Test
    void withVerboseTheLibraryLinesAppearMarkedAsSuch() throws Exception {
        Path up = uploadWithBombPart();
        CliRun quiet = CliRun.run("validate", up.toString(), "--no-progress");
        assertEquals(1, quiet.exit(), quiet::toString);
        assertFalse(quiet.err().contains("library"), quiet::toString);
        assertTrue(quiet.err().lines().noneMatch(l -> l.strip().startsWith("at ")), quiet::toString);
        CliRun verbose = CliRun.run("validate", up.toString(), "--no-progress", "-v");
        assertEquals(1, verbose.exit(), verbose::toString);
        assertTrue(verbose.err().lines().anyMatch(l -> l.startsWith("maskgate: library SEVERE org.apache.poi.")),
                verbose::toString);
    }

    @Test
    void everyLoggingApiEndsInOnePlaceSilentUnlessVerbose() {
        assertEquals(List.of(), logThroughEveryApi(false));
        List<String> lines = logThroughEveryApi(true);
        assertTrue(lines.contains("maskgate: library SEVERE test.log4j: from log4j"), lines::toString);
        assertTrue(lines.contains("maskgate: library SEVERE test.slf4j: from slf4j"), lines::toString);
        assertTrue(lines.contains("maskgate: library SEVERE test.jcl: from commons-logging"), lines::toString);
        assertTrue(lines.contains("maskgate: library WARNING test.jul: from java.util.logging"), lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains("info, never shown")), lines::toString);
    }

    private static List<String> logThroughEveryApi(boolean verbose) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            LibraryLogging.configure(err, verbose);
            log4j("error", "from log4j");
            log4j("info", "info, never shown");
            org.slf4j.LoggerFactory.getLogger("test.slf4j").error("from slf4j");
            org.apache.commons.logging.LogFactory.getLog("test.jcl").error("from commons-logging");
            java.util.logging.Logger.getLogger("test.jul").warning("from java.util.logging");
            java.util.logging.Logger.getLogger("test.jul").info("info, never shown");
        } finally {
            LibraryLogging.configure(System.err, false);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** POI's logging API, called reflectively: its classes carry OSGi annotations javac warns about (-Werror). */
    private static void log4j(String level, String message) {
        try {
            Object logger = Class.forName("org.apache.logging.log4j.LogManager").getMethod("getLogger", String.class)
                    .invoke(null, "test.log4j");
            Class.forName("org.apache.logging.log4j.Logger").getMethod(level, String.class).invoke(logger, message);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("log4j-api", e);
        }
    }
}
