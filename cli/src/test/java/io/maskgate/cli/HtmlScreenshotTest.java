package io.maskgate.cli;

import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.validation.ProgressListener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The HTML report of a fixture store with label findings renders offline in headless Chromium (Debian
 * {@code chromium}), through {@code benchmarks/html-screenshot.sh}: the screenshot must not be blank. Skipped when
 * Chromium is missing on a developer machine; fails under {@code CI}, where {@code .ci/run} installs it.
 */
class HtmlScreenshotTest {

    private static final Path SCRIPT = Path.of("..", "benchmarks", "html-screenshot.sh").toAbsolutePath().normalize();

    private static boolean chromiumPresent() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin");
        for (String dir : java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(java.io.File.pathSeparator))
                .splitAsStream(path).toList()) {
            if (Files.isExecutable(Path.of(dir, "chromium")) || Files.isExecutable(Path.of(dir, "chromium-browser"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theReportOfAStoreWithFindingsRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        requireChromium();
        Path store = dir.resolve("store.zarr");
        Fixtures.generateStore(store, StoreSpec.small(7), "label-gap", ProgressListener.NONE);
        Path html = dir.resolve("report.html");
        CliRun r = CliRun.run("validate", store.toString(), "--format", "html", "-o", html.toString(), "--no-progress");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("LABEL_GAP"), "the report lists the finding");
        assertTrue(page.contains("<svg "), "with charts");

        BufferedImage image = screenshot(html, dir.resolve("report.png"), 2400);
        assertNotBlank(image);
    }

    /**
     * A store whose hypotheses differ in known ways ({@code fixture --preset agreement}) gets the agreement
     * section: its three plots are in the page and on the screenshot, which has the heat map's colours.
     */
    @Test
    void theAgreementPlotsRenderInHeadlessChromium(@TempDir Path dir) throws Exception {
        requireChromium();
        Path store = dir.resolve("agreement.zarr");
        CliRun f = CliRun.run("fixture", "--preset", "agreement", "-q", store.toString());
        assertEquals(0, f.exit(), f.toString());
        Path html = dir.resolve("agreement.html");
        CliRun r = CliRun.run("validate", store.toString(), "--format", "html", "-o", html.toString(), "--no-progress");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int from = page.indexOf("<section id=\"agreement\">");
        assertTrue(from >= 0, "the agreement section is in the page");
        String section = page.substring(from, page.indexOf("</section>", from));
        assertEquals(3, count(section, "<svg "), "three plots");
        assertTrue(section.contains("Agreement with the reference (epoch"), "agreement vs epoch");
        assertTrue(section.contains("Object-count difference over time"), "count difference of the worst trenches");
        assertTrue(section.contains("Disagreement by trench (rows) and time (columns)"), "heat map");
        Set<Integer> heatColours = new HashSet<>();
        Matcher m = Pattern.compile("fill=\"#([0-9a-f]{6})\"><title>trenches ").matcher(section);
        while (m.find()) {
            int rgb = Integer.parseInt(m.group(1), 16);
            if (rgb != 0xEEEEEE) {
                heatColours.add(rgb);
            }
        }
        assertFalse(heatColours.isEmpty(), "some blocks disagree");

        // taller than the page without agreement, so the agreement plots below the findings are on the picture
        BufferedImage image = screenshot(html, dir.resolve("agreement.png"), 4000);
        assertNotBlank(image);
        long heatPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (heatColours.contains(image.getRGB(x, y) & 0xFFFFFF)) {
                    heatPixels++;
                }
            }
        }
        assertTrue(heatPixels >= 200, "pixels in the heat map's disagreement colours: " + heatPixels);
    }

    private static void requireChromium() {
        if (!chromiumPresent()) {
            if (System.getenv("CI") != null) {
                fail("chromium is required under CI (.ci/run installs it)");
            }
            Assumptions.abort("chromium is not installed");
        }
    }

    /** Runs html-screenshot.sh at 1280 × {@code height} and reads the PNG. */
    private static BufferedImage screenshot(Path html, Path png, int height) throws Exception {
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), html.toString(), png.toString(), "1280," + height)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("html-screenshot.sh timed out");
        }
        assertEquals(0, p.exitValue(), output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(height, image.getHeight());
        return image;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Many distinct colours (text, badges, chart lines, heat-map cells) and a good share of non-white pixels. */
    private static void assertNotBlank(BufferedImage image) throws IOException {
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        long pixels = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        assertTrue(colours.size() >= 200, "distinct colours: " + colours.size());
        assertTrue(nonWhite * 50 > pixels, "non-white pixels: " + nonWhite + " of " + pixels);
    }
}
